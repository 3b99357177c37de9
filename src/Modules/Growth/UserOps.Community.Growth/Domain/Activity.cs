namespace UserOps.Community.Growth.Domain;

/// <summary>
/// Something a member did, as the rules see it. Every activity is kept (one row per source event) so a
/// draft rule can be previewed against what really happened.
/// </summary>
internal sealed class Activity
{
    public Guid EventId { get; init; }

    public string EventType { get; init; } = string.Empty;

    public DateTime OccurredAt { get; init; }

    public Guid ActorId { get; init; }

    public Guid? ContentAuthorId { get; init; }

    public Guid? InviterId { get; init; }

    public Guid? InviteeId { get; init; }

    public Guid? GroupId { get; init; }

    public int? ContentLength { get; init; }

    /// <summary>What the activity was about ("post:{id}"); undoing it reverses the points by this key.</summary>
    public string SubjectKey { get; init; } = string.Empty;

    public Guid? RecipientFor(Recipient recipient) => recipient switch
    {
        Recipient.Actor => ActorId,
        Recipient.ContentAuthor => ContentAuthorId,
        Recipient.Inviter => InviterId,
        Recipient.Invitee => InviteeId,
        _ => null,
    };
}
