namespace UserOps.Community.Engagement.Domain;

/// <summary>A milestone raised for the streak that started on <see cref="StreakStartedOn"/>: the key makes StreakReached once per milestone per streak.</summary>
internal sealed class StreakMilestone
{
    public Guid MemberId { get; init; }

    public DateOnly StreakStartedOn { get; init; }

    public int Milestone { get; init; }

    public DateTime ReachedAt { get; init; }
}
