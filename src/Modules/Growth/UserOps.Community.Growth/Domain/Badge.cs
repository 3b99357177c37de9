namespace UserOps.Community.Growth.Domain;

/// <summary>A badge: earned automatically when its criterion holds, or granted by hand when manual.</summary>
internal sealed class Badge
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string NameEn { get; set; } = string.Empty;

    public string NameZh { get; set; } = string.Empty;

    public string DescriptionEn { get; set; } = string.Empty;

    public string DescriptionZh { get; set; } = string.Empty;

    public string Icon { get; set; } = string.Empty;

    public string Tier { get; set; } = BadgeTiers.Bronze;

    /// <summary>The criterion as JSON (see <see cref="Badges.BadgeCriterion"/>); null for manual badges.</summary>
    public string? Criterion { get; set; }

    public bool Manual { get; set; }

    public bool Visible { get; set; } = true;

    public bool Enabled { get; set; } = true;

    public DateTime CreatedAt { get; init; }
}

internal static class BadgeTiers
{
    public const string Bronze = "bronze";
    public const string Silver = "silver";
    public const string Gold = "gold";

    public static readonly IReadOnlyList<string> All = [Bronze, Silver, Gold];
}

/// <summary>A badge a member holds; the primary key awards each badge once.</summary>
internal sealed class MemberBadge
{
    public Guid UserId { get; init; }

    public Guid BadgeId { get; init; }

    public DateTime EarnedAt { get; init; }

    public bool Retroactive { get; init; }

    public Guid? GrantedBy { get; init; }

    public string? Reason { get; init; }
}

/// <summary>A per-member (and per member-group) running count, kept from events so badge checks are cheap.</summary>
internal sealed class MemberCounter
{
    public Guid UserId { get; init; }

    public Guid GroupId { get; init; }

    public string Metric { get; init; } = string.Empty;

    public long Value { get; set; }
}
