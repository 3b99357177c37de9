namespace UserOps.Community.Growth.Leaderboards;

internal sealed class GrowthOptions
{
    public const string SectionName = "Growth";

    /// <summary>Calendar periods (day, week, month, seasons) of leaderboards are cut in this IANA time zone.</summary>
    public string CommunityTimeZone { get; set; } = "UTC";

    /// <summary>A member with fewer board rows above them than this gets an exact rank; anyone further down gets it from a snapshot (ADR 0042).</summary>
    public int ExactRankWithin { get; set; } = 1000;

    /// <summary>How long a board's snapshot of distinct point values serves ranks before it is read again.</summary>
    public TimeSpan RankSnapshotFor { get; set; } = TimeSpan.FromSeconds(30);
}
