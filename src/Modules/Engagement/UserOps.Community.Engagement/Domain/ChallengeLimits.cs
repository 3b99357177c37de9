namespace UserOps.Community.Engagement.Domain;

internal static class ChallengeLimits
{
    public const int TitleMax = 120;
    public const int DescriptionMax = 2000;
    public const int TargetMax = 10_000;
    public const int PointsMax = 100_000;
    public const int MaxDurationDays = 366;
}
