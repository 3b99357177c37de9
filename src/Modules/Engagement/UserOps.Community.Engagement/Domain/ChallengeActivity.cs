namespace UserOps.Community.Engagement.Domain;

/// <summary>One content event counted toward an activity challenge; the key makes redelivered events count once.</summary>
internal sealed class ChallengeActivity
{
    public Guid ChallengeId { get; init; }

    public Guid MemberId { get; init; }

    public Guid EventId { get; init; }

    public DateTime OccurredAt { get; init; }
}
