namespace UserOps.Community.Growth.Batching;

/// <summary>A locked member's totals as they stand inside the delivery: the row read at lock time plus this delivery's awards.</summary>
internal sealed class MemberState
{
    public Guid UserId { get; init; }

    public long Xp { get; set; }

    public long Balance { get; set; }

    public int Level { get; set; }
}
