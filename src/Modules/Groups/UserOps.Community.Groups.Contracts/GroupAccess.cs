using UserOps.Community.BuildingBlocks.Web;

namespace UserOps.Community.Groups.Contracts;

/// <summary>A member's role inside one group.</summary>
public enum GroupRole
{
    /// <summary>An ordinary member.</summary>
    Member = 0,

    /// <summary>Approves members, moderates content.</summary>
    Moderator = 1,

    /// <summary>Created the group or received ownership; one per group.</summary>
    Owner = 2,
}

/// <summary>What a viewer may do in a group. Private groups are invisible (404) to those who cannot view them.</summary>
public sealed record GroupAccess(Guid GroupId, bool IsPublic, bool IsArchived, GroupRole? Role, bool IsSiteModerator)
{
    /// <summary>Public groups are visible to everyone; private ones to members and site moderators.</summary>
    public bool CanView => IsPublic || Role is not null || IsSiteModerator;

    /// <summary>Only members post and comment, and not in archived groups.</summary>
    public bool CanContribute => Role is not null && !IsArchived;

    /// <summary>Group owners and moderators, and site moderators.</summary>
    public bool CanModerate => Role is GroupRole.Moderator or GroupRole.Owner || IsSiteModerator;
}

/// <summary>Membership questions other modules ask the Groups module.</summary>
public interface IGroupAccessQuery
{
    /// <summary>The viewer's access to a group, or null when the group does not exist.</summary>
    Task<GroupAccess?> GetAsync(Guid groupId, Viewer viewer, CancellationToken cancellationToken);

    /// <summary>Ids of the groups the member belongs to.</summary>
    Task<IReadOnlyList<Guid>> GetMemberGroupIdsAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="userIds"/> who are members of the group.</summary>
    Task<IReadOnlyList<Guid>> FilterMembersAsync(Guid groupId, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);
}
