namespace UserOps.Community.Growth.Domain;

/// <summary>A member's running totals, changed only by SQL increments in the same transaction as ledger entries.</summary>
internal sealed class MemberPoints
{
    public Guid UserId { get; init; }

    public long Xp { get; set; }

    public long Balance { get; set; }

    public int Level { get; set; }

    public DateTime UpdatedAt { get; set; }
}
