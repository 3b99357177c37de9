using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Badges;

/// <summary>What a badge criterion can measure. Counted metrics come from events; the rest from totals.</summary>
internal static class Metrics
{
    public const string PostsPublished = "posts_published";
    public const string CommentsPosted = "comments_posted";
    public const string ReactionsGiven = "reactions_given";
    public const string ReactionsReceived = "reactions_received";
    public const string CheckIns = "check_ins";
    public const string CurrentStreak = "current_streak";
    public const string LongestStreak = "longest_streak";
    public const string ReferralsActivated = "referrals_activated";
    public const string ChallengesCompleted = "challenges_completed";
    public const string DaysActive = "days_active";
    public const string Level = "level";
    public const string Xp = "xp";
    public const string BadgesEarned = "badges_earned";

    public static readonly IReadOnlyList<string> All =
    [
        PostsPublished, CommentsPosted, ReactionsGiven, ReactionsReceived, CheckIns, CurrentStreak, LongestStreak,
        ReferralsActivated, ChallengesCompleted, DaysActive, Level, Xp, BadgesEarned,
    ];

    /// <summary>For time-windowed criteria: which recorded activity counts, and whether the member is its actor or its content author.</summary>
    public static (string EventType, bool AsAuthor)? WindowSource(string metric) => metric switch
    {
        PostsPublished => (EventTypes.PostPublished, false),
        CommentsPosted => (EventTypes.CommentPosted, false),
        ReactionsGiven => (EventTypes.ReactionAdded, false),
        ReactionsReceived => (EventTypes.ReactionAdded, true),
        CheckIns => (EventTypes.CheckInRecorded, false),
        DaysActive => (EventTypes.UserSignedIn, false),
        ChallengesCompleted => (EventTypes.ChallengeCompleted, false),
        ReferralsActivated => (EventTypes.ReferralActivated, false),
        _ => null,
    };

    /// <summary>The counters an activity moves, per member: +1 on the activity, -1 when it is undone.</summary>
    public static IEnumerable<(Guid UserId, string Metric)> CountersFor(Activity activity) => activity.EventType switch
    {
        EventTypes.PostPublished => [(activity.ActorId, PostsPublished)],
        EventTypes.CommentPosted => [(activity.ActorId, CommentsPosted)],
        EventTypes.ReactionAdded when activity.ContentAuthorId is { } author && author != activity.ActorId =>
            [(activity.ActorId, ReactionsGiven), (author, ReactionsReceived)],
        EventTypes.ReactionAdded => [(activity.ActorId, ReactionsGiven)],
        EventTypes.UserSignedIn => [(activity.ActorId, DaysActive)],
        EventTypes.CheckInRecorded => [(activity.ActorId, CheckIns)],
        EventTypes.ChallengeCompleted => [(activity.ActorId, ChallengesCompleted)],
        EventTypes.ReferralActivated when activity.InviterId is { } inviter => [(inviter, ReferralsActivated)],
        _ => [],
    };
}
