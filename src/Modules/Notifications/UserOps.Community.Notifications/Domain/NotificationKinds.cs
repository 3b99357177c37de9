namespace UserOps.Community.Notifications.Domain;

internal static class NotificationKinds
{
    public const string Mention = "mention";
    public const string Reply = "reply";
    public const string Reactions = "reactions";
    public const string JoinRequestDecided = "joinRequestDecided";
    public const string Moderation = "moderation";
    public const string Points = "points";
    public const string LevelReached = "levelReached";
    public const string BadgeEarned = "badgeEarned";
    public const string ChallengeCompleted = "challengeCompleted";
    public const string ReferralActivated = "referralActivated";
    public const string RedemptionFulfilled = "redemptionFulfilled";
    public const string Announcement = "announcement";

    public static readonly IReadOnlyList<string> All =
    [
        Mention, Reply, Reactions, JoinRequestDecided, Moderation, Points, LevelReached, BadgeEarned,
        ChallengeCompleted, ReferralActivated, RedemptionFulfilled, Announcement,
    ];

    /// <summary>Reaction totals that notify the author ("12 people reacted to your post"), not every reaction.</summary>
    public static readonly IReadOnlyList<int> ReactionMilestones = [1, 5, 10, 25, 50, 100, 250, 500, 1000];
}
