namespace UserOps.Community.Notifications.Domain;

/// <summary>A stored notification; <see cref="UserId"/> null is an announcement for everyone.</summary>
internal sealed class Notification
{
    public Guid Id { get; init; }

    public Guid? UserId { get; init; }

    public required string Kind { get; init; }

    /// <summary>Unique: the same fact never notifies twice, however often it is delivered.</summary>
    public required string DedupeKey { get; init; }

    public Guid? ActorId { get; init; }

    public Guid? GroupId { get; init; }

    public Guid? SubjectId { get; init; }

    /// <summary>Values the text is rendered from at read time, so it follows the member's current locale.</summary>
    public Dictionary<string, string> Data { get; init; } = [];

    public DateTime CreatedAt { get; init; }

    public DateTime? ReadAt { get; set; }
}

/// <summary>That a member read an announcement (announcements are one row for everyone).</summary>
internal sealed class AnnouncementRead
{
    public Guid NotificationId { get; init; }

    public Guid UserId { get; init; }

    public DateTime ReadAt { get; init; }
}

/// <summary>A member's choice for one kind; no row means on.</summary>
internal sealed class NotificationPreference
{
    public Guid UserId { get; init; }

    public required string Kind { get; init; }

    public bool InApp { get; set; } = true;

    /// <summary>Kept for the digest e-mail (not built yet).</summary>
    public bool EmailDigest { get; set; }
}

/// <summary>Reaction counts per target, projected from reaction events for live counts and milestones.</summary>
internal sealed class ReactionCount
{
    public Guid TargetId { get; init; }

    public required string Reaction { get; init; }

    public int Count { get; set; }
}

/// <summary>One hub connection subscribed to one group, on one host instance; the presence source for every instance.</summary>
internal sealed class HubSubscription
{
    public required string ConnectionId { get; init; }

    public Guid GroupId { get; init; }

    public Guid UserId { get; init; }

    public required string InstanceId { get; init; }

    public DateTime SeenAt { get; set; }
}
