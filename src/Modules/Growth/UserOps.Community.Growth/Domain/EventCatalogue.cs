namespace UserOps.Community.Growth.Domain;

/// <summary>The events rules can react to, and who each can reward.</summary>
internal static class EventTypes
{
    public const string PostPublished = "PostPublished";
    public const string CommentPosted = "CommentPosted";
    public const string ReactionAdded = "ReactionAdded";
    public const string MemberJoined = "MemberJoined";
    public const string ProfileCompleted = "ProfileCompleted";
    public const string UserSignedIn = "UserSignedIn";
    public const string CheckInRecorded = "CheckInRecorded";
    public const string StreakReached = "StreakReached";
    public const string ReferralActivated = "ReferralActivated";
    public const string ChallengeCompleted = "ChallengeCompleted";
}

internal static class EventCatalogue
{
    public sealed record Entry(string EventType, string Description, IReadOnlyList<Recipient> Recipients);

    public static readonly IReadOnlyList<Entry> All =
    [
        new(EventTypes.PostPublished, "A member published a post.", [Recipient.Actor]),
        new(EventTypes.CommentPosted, "A member commented or replied.", [Recipient.Actor, Recipient.ContentAuthor]),
        new(EventTypes.ReactionAdded, "A member reacted to a post or comment.", [Recipient.Actor, Recipient.ContentAuthor]),
        new(EventTypes.MemberJoined, "A member joined a group.", [Recipient.Actor]),
        new(EventTypes.ProfileCompleted, "A member completed their profile.", [Recipient.Actor]),
        new(EventTypes.UserSignedIn, "A member signed in (once per local day).", [Recipient.Actor]),
        new(EventTypes.CheckInRecorded, "A member checked in for the day.", [Recipient.Actor]),
        new(EventTypes.StreakReached, "A member's check-in streak reached a milestone.", [Recipient.Actor]),
        new(EventTypes.ReferralActivated, "An invited member became active.", [Recipient.Inviter, Recipient.Invitee]),
        new(EventTypes.ChallengeCompleted, "A member completed a challenge.", [Recipient.Actor]),
    ];

    public static Entry? Find(string eventType) => All.FirstOrDefault(e => e.EventType == eventType);
}
