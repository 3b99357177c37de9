namespace UserOps.Community.Growth.Leaderboards;

internal sealed class GrowthOptions
{
    public const string SectionName = "Growth";

    /// <summary>Calendar periods (day, week, month, seasons) of leaderboards are cut in this IANA time zone.</summary>
    public string CommunityTimeZone { get; set; } = "UTC";
}
