namespace UserOps.Community.Notifications.Contracts;

/// <summary>Names of the server-to-client methods on <c>/hubs/community</c>; payloads are the records below.</summary>
public static class RealtimeMethods
{
    /// <summary>A post was published in a subscribed group (<see cref="PostPublishedMessage"/>).</summary>
    public const string PostPublished = "postPublished";

    /// <summary>A post was edited, removed, pinned/unpinned or locked/unlocked (<see cref="PostUpdatedMessage"/>).</summary>
    public const string PostUpdated = "postUpdated";

    /// <summary>A comment or reply was posted (<see cref="CommentPostedMessage"/>).</summary>
    public const string CommentPosted = "commentPosted";

    /// <summary>A post's or comment's reaction counts changed (<see cref="ReactionsChangedMessage"/>).</summary>
    public const string ReactionsChanged = "reactionsChanged";

    /// <summary>Someone joined a subscribed group (<see cref="MemberJoinedMessage"/>).</summary>
    public const string MemberJoined = "memberJoined";

    /// <summary>Today's check-in count of a group, at most once a second (<see cref="CheckInCountChangedMessage"/>).</summary>
    public const string CheckInCountChanged = "checkInCountChanged";

    /// <summary>Members online in a group, at most once a second (<see cref="PresenceChangedMessage"/>).</summary>
    public const string PresenceChanged = "presenceChanged";

    /// <summary>Leaderboards moved; refetch them. Every connection, at most once every 5 s (<see cref="LeaderboardChangedMessage"/>).</summary>
    public const string LeaderboardChanged = "leaderboardChanged";

    /// <summary>A stored notification for this member only (<see cref="NotificationMessage"/>).</summary>
    public const string Notification = "notification";

    /// <summary>This member's account was banned: group streams are gone, sign-in fails; close (<see cref="SessionEndedMessage"/>).</summary>
    public const string SessionEnded = "sessionEnded";
}

/// <summary>Payload of <c>postPublished</c>.</summary>
public sealed record PostPublishedMessage(Guid PostId, Guid GroupId, Guid AuthorId, string Title, IReadOnlyList<string> Tags, DateTime OccurredAt);

/// <summary>Payload of <c>postUpdated</c>; <see cref="Change"/> is <c>edited</c>, <c>removed</c> or <c>moderated</c>.</summary>
public sealed record PostUpdatedMessage(Guid PostId, Guid GroupId, string Change, bool? IsPinned, bool? IsLocked, DateTime OccurredAt);

/// <summary>Payload of <c>commentPosted</c>.</summary>
public sealed record CommentPostedMessage(Guid CommentId, Guid PostId, Guid GroupId, Guid AuthorId, Guid? ParentCommentId, DateTime OccurredAt);

/// <summary>Payload of <c>reactionsChanged</c>: the new count per reaction on the target.</summary>
public sealed record ReactionsChangedMessage(string TargetKind, Guid TargetId, Guid PostId, Guid GroupId, IReadOnlyDictionary<string, int> Counts, DateTime OccurredAt);

/// <summary>Payload of <c>memberJoined</c>.</summary>
public sealed record MemberJoinedMessage(Guid GroupId, Guid UserId, string Via, DateTime OccurredAt);

/// <summary>Payload of <c>checkInCountChanged</c>; <see cref="Day"/> is the local day the count is for.</summary>
public sealed record CheckInCountChangedMessage(Guid GroupId, DateOnly Day, int Count);

/// <summary>Payload of <c>presenceChanged</c>: how many members are online in the group and up to 50 of their ids.</summary>
public sealed record PresenceChangedMessage(Guid GroupId, int Online, IReadOnlyList<Guid> MemberIds);

/// <summary>Payload of <c>sessionEnded</c>; <see cref="Reason"/> is <c>banned</c>.</summary>
public sealed record SessionEndedMessage(string Reason);

/// <summary>Payload of <c>leaderboardChanged</c>.</summary>
public sealed record LeaderboardChangedMessage(DateTime At);

/// <summary>Payload of <c>notification</c>, and an item of <c>GET /api/me/notifications</c>; <see cref="Text"/> is in the member's locale.</summary>
public sealed record NotificationMessage(
    Guid Id, string Kind, string Text, string? Body, Guid? ActorId, string? ActorName, Guid? GroupId, Guid? SubjectId,
    IReadOnlyDictionary<string, string> Data, DateTime CreatedAt, bool IsRead);

/// <summary>Returned by the hub method <c>SubscribeGroup</c>.</summary>
public sealed record GroupSubscription(Guid GroupId, int Online);
