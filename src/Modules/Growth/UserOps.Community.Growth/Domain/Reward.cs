namespace UserOps.Community.Growth.Domain;

internal sealed class Reward
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public string? ImageUrl { get; set; }

    public int Cost { get; set; }

    /// <summary>Units left; null means unlimited. Decremented in SQL only while positive, so it never oversells.</summary>
    public int? Stock { get; set; }

    public int? PerMemberLimit { get; set; }

    public int? MinimumLevel { get; set; }

    public DateTime? ActiveFrom { get; set; }

    public DateTime? ActiveUntil { get; set; }

    public bool Enabled { get; set; } = true;

    public DateTime CreatedAt { get; init; }

    public bool IsAvailableAt(DateTime instant) =>
        Enabled && (ActiveFrom is null || instant >= ActiveFrom) && (ActiveUntil is null || instant < ActiveUntil);
}

internal enum RedemptionStatus
{
    Pending = 0,
    Fulfilled = 1,
    Cancelled = 2,
}

internal sealed class Redemption
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RewardId { get; init; }

    public Guid UserId { get; init; }

    public int Cost { get; init; }

    /// <summary>The client's Idempotency-Key: the same key returns the same redemption.</summary>
    public string IdempotencyKey { get; init; } = string.Empty;

    public RedemptionStatus Status { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime? DecidedAt { get; set; }

    public Guid? DecidedBy { get; set; }

    public string? Note { get; set; }
}
