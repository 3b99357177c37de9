namespace UserOps.Community.Growth.Contracts;

/// <summary>The privileges that levels unlock.</summary>
public static class Privileges
{
    /// <summary>Create groups.</summary>
    public const string GroupsCreate = "groups.create";

    /// <summary>Put links in posts.</summary>
    public const string PostsLinks = "posts.links";

    /// <summary>Make up a missed check-in.</summary>
    public const string CheckInsMakeup = "checkins.makeup";

    /// <summary>Have personal invite codes.</summary>
    public const string InvitesCreate = "invites.create";

    /// <summary>Redeem premium rewards.</summary>
    public const string RewardsPremium = "rewards.premium";

    /// <summary>Every privilege an operator can attach to a level.</summary>
    public static readonly IReadOnlyList<string> All = [GroupsCreate, PostsLinks, CheckInsMakeup, InvitesCreate, RewardsPremium];
}

/// <summary>Whether a member holds a privilege, and if not, the lowest level that grants it.</summary>
public sealed record PrivilegeCheck(bool Granted, int CurrentLevel, int? RequiredLevel);

/// <summary>Asks the Growth module whether a member's level grants a privilege.</summary>
public interface IPrivilegeQuery
{
    /// <summary>Checks one privilege for one member.</summary>
    Task<PrivilegeCheck> CheckAsync(Guid userId, string privilege, CancellationToken cancellationToken);
}
