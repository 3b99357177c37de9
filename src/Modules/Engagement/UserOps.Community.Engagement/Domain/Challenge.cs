namespace UserOps.Community.Engagement.Domain;

internal enum ChallengeKind
{
    DailyCheckIn = 0,
    Activity = 1,
}

internal enum ChallengeActivityType
{
    Posts = 0,
    Comments = 1,
    Reactions = 2,
}

internal enum ChallengeStatus
{
    Upcoming = 0,
    Active = 1,
    Finished = 2,
}

/// <summary>A time-boxed campaign between two local dates (inclusive), site-wide or in one group.</summary>
internal sealed class Challenge
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string TitleEn { get; init; } = string.Empty;

    public string TitleZh { get; init; } = string.Empty;

    public string DescriptionEn { get; init; } = string.Empty;

    public string DescriptionZh { get; init; } = string.Empty;

    public DateOnly StartDate { get; init; }

    public DateOnly EndDate { get; init; }

    public ChallengeKind Kind { get; init; }

    public ChallengeActivityType? ActivityType { get; init; }

    public Guid? GroupId { get; init; }

    public int Target { get; init; }

    public int RewardPoints { get; init; }

    public Guid? RewardBadgeId { get; init; }

    public int EntryCost { get; init; }

    public int? MaxParticipants { get; init; }

    public bool AllowLateEnrolment { get; init; }

    /// <summary>Kept by conditional SQL increments so MaxParticipants holds under concurrent enrolment.</summary>
    public int ParticipantCount { get; set; }

    public Guid CreatedBy { get; init; }

    public DateTime CreatedAt { get; init; }

    /// <summary>A member's local date counts when it falls in the window.</summary>
    public bool Covers(DateOnly date) => date >= StartDate && date <= EndDate;

    public ChallengeStatus StatusOn(DateOnly today) =>
        today < StartDate ? ChallengeStatus.Upcoming : today > EndDate ? ChallengeStatus.Finished : ChallengeStatus.Active;
}
