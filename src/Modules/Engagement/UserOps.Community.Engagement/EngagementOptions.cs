using UserOps.Community.Engagement.Streaks;

namespace UserOps.Community.Engagement;

/// <summary>Configuration section "Engagement" (documented in the README).</summary>
internal sealed class EngagementOptions
{
    public const string SectionName = "Engagement";

    /// <summary>Streak lengths that raise StreakReached.</summary>
    public int[] StreakMilestones { get; set; } = [.. StreakRules.DefaultMilestones];

    public MakeupOptions Makeup { get; set; } = new();

    /// <summary>IANA zone in which challenge status (upcoming, active, finished) is judged for lists.</summary>
    public string CommunityTimeZone { get; set; } = "UTC";

    /// <summary>How often the streak-break job looks for streaks that ended.</summary>
    public TimeSpan StreakJobInterval { get; set; } = TimeSpan.FromHours(1);

    internal sealed class MakeupOptions
    {
        public int Cost { get; set; } = 20;

        public int MonthlyLimit { get; set; } = 3;

        public int WindowDays { get; set; } = 7;
    }
}
