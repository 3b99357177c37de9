using UserOps.Community.Growth.Contracts;
using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Persistence;

/// <summary>The rule set and levels every new community starts with (documented in the README); operators change them at run time.</summary>
internal static class DefaultGrowthData
{
    private static readonly DateTime Seeded = new(2026, 11, 28, 0, 0, 0, DateTimeKind.Utc);

    public static readonly PointRule[] Rules =
    [
        Rule("01a2d000-0000-7000-8000-000000000001", "Published a post", EventTypes.PostPublished, Recipient.Actor, 5, dailyCap: 50, minLength: 20),
        Rule("01a2d000-0000-7000-8000-000000000002", "Commented", EventTypes.CommentPosted, Recipient.Actor, 2, dailyCap: 40, minLength: 5),
        Rule("01a2d000-0000-7000-8000-000000000003", "Received a reaction", EventTypes.ReactionAdded, Recipient.ContentAuthor, 1, dailyCap: 50, perActorDailyCap: 5),
        Rule("01a2d000-0000-7000-8000-000000000004", "Daily check-in", EventTypes.CheckInRecorded, Recipient.Actor, 5, dailyCap: 5),
        Rule("01a2d000-0000-7000-8000-000000000005", "Reached a streak milestone", EventTypes.StreakReached, Recipient.Actor, 20),
        Rule("01a2d000-0000-7000-8000-000000000006", "Completed the profile", EventTypes.ProfileCompleted, Recipient.Actor, 20, totalCap: 20),
        Rule("01a2d000-0000-7000-8000-000000000007", "Invited a member who became active", EventTypes.ReferralActivated, Recipient.Inviter, 100),
        Rule("01a2d000-0000-7000-8000-000000000008", "Joined through an invitation and became active", EventTypes.ReferralActivated, Recipient.Invitee, 50),
        Rule("01a2d000-0000-7000-8000-000000000009", "Joined a group", EventTypes.MemberJoined, Recipient.Actor, 1, dailyCap: 5),
    ];

    public static readonly Level[] Levels =
    [
        NewLevel(1, "Newcomer", "新人", 0, [Privileges.InvitesCreate]),
        NewLevel(2, "Member", "成员", 50, [Privileges.PostsLinks]),
        NewLevel(3, "Regular", "常客", 150, [Privileges.GroupsCreate, Privileges.CheckInsMakeup]),
        NewLevel(4, "Contributor", "贡献者", 400, []),
        NewLevel(5, "Expert", "达人", 1000, [Privileges.RewardsPremium]),
        NewLevel(6, "Veteran", "资深", 2500, []),
        NewLevel(7, "Master", "大师", 6000, []),
        NewLevel(8, "Legend", "传奇", 15000, []),
    ];

    private static PointRule Rule(
        string id, string name, string eventType, Recipient recipient, int points,
        int? dailyCap = null, int? totalCap = null, int? perActorDailyCap = null, int? minLength = null) => new()
        {
            Id = Guid.Parse(id),
            Name = name,
            EventType = eventType,
            Recipient = recipient,
            Points = points,
            DailyCap = dailyCap,
            TotalCap = totalCap,
            PerActorDailyCap = perActorDailyCap,
            MinContentLength = minLength,
            CreatedAt = Seeded,
            UpdatedAt = Seeded,
        };

    private static Level NewLevel(int number, string en, string zh, long threshold, string[] privileges) =>
        new Level { Number = number, NameEn = en, NameZh = zh, XpThreshold = threshold, Privileges = [.. privileges] };
}
