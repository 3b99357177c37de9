namespace UserOps.Community.Engagement.Domain;

/// <summary>
/// Check-ins per local date, site-wide (<see cref="GroupId"/> empty) or per group, spread over a few shards so
/// concurrent check-ins do not all queue on one row; the live count is the sum of the shards.
/// </summary>
internal sealed class DailyCount
{
    public const int Shards = 8;

    public DateOnly LocalDate { get; init; }

    public Guid GroupId { get; init; }

    public int Shard { get; init; }

    public int Count { get; set; }
}
