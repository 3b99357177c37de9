namespace UserOps.Community.Growth.Domain;

/// <summary>A member's points in one period on one board (global board: GroupId = Guid.Empty), kept from the ledger.</summary>
internal sealed class LeaderboardEntry
{
    public string Period { get; init; } = string.Empty;

    public Guid GroupId { get; init; }

    public Guid UserId { get; init; }

    public long Points { get; set; }

    /// <summary>When the member reached their current total: earlier ranks first within a tie.</summary>
    public DateTime UpdatedAt { get; set; }
}

/// <summary>A member not ranked (opted out, or suspended); their points still count for themselves.</summary>
internal sealed class LeaderboardExclusion
{
    public Guid UserId { get; init; }

    public string Reason { get; set; } = string.Empty;

    public DateTime Since { get; set; }
}

/// <summary>An operator-defined named date range with a leaderboard of its own.</summary>
internal sealed class Season
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string Name { get; set; } = string.Empty;

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public DateTime CreatedAt { get; init; }
}
