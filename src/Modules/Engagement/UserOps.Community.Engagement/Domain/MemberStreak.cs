namespace UserOps.Community.Engagement.Domain;

/// <summary>A member's streak state; its row is also the per-member lock that serialises their check-ins.</summary>
internal sealed class MemberStreak
{
    public Guid MemberId { get; init; }

    /// <summary>Length of the run that ends on <see cref="LastDate"/>; only "current" while the deadline has not passed.</summary>
    public int CurrentStreak { get; set; }

    public int LongestStreak { get; set; }

    public int TotalCheckIns { get; set; }

    public DateOnly? StreakStartedOn { get; set; }

    /// <summary>The latest local date checked in (normal or make-up).</summary>
    public DateOnly? LastDate { get; set; }

    /// <summary>When <see cref="LastDate"/> ended in the zone it was recorded in: no new check-in before this instant.</summary>
    public DateTime? LastDayEndsAt { get; set; }

    /// <summary>When the day after <see cref="LastDate"/> ended in that zone: a check-in before it always continues the streak.</summary>
    public DateTime? StreakDeadline { get; set; }

    /// <summary>Whether StreakBroken was already raised for the run ending on <see cref="LastDate"/>.</summary>
    public bool BreakReported { get; set; }

    public DateTime UpdatedAt { get; set; }
}
