namespace UserOps.Community.Engagement.Domain;

/// <summary>A member enrolled in a challenge; <see cref="CompletedAt"/> is set once, by a conditional update.</summary>
internal sealed class ChallengeParticipant
{
    public Guid ChallengeId { get; init; }

    public Guid MemberId { get; init; }

    public DateTime EnrolledAt { get; init; }

    public int Progress { get; set; }

    public DateTime? ProgressAt { get; set; }

    public DateTime? CompletedAt { get; set; }
}
