namespace UserOps.Community.Growth.Domain;

/// <summary>A level: reached at an XP threshold, unlocking privileges and optionally a one-off reward.</summary>
internal sealed class Level
{
    public int Number { get; init; }

    public string NameEn { get; set; } = string.Empty;

    public string NameZh { get; set; } = string.Empty;

    public long XpThreshold { get; set; }

    public List<string> Privileges { get; set; } = [];

    public int? RewardPoints { get; set; }

    public Guid? RewardBadgeId { get; set; }
}
