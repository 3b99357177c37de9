using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Batching;

/// <summary>
/// Adds a delivery's deltas to counters, member totals and leaderboard aggregates with <see cref="AdditiveUpsert"/>:
/// one statement per few hundred rows instead of one per award.
/// </summary>
internal sealed class BatchUpserts(CommunityDbContext db)
{
    public Task CountersAsync(IReadOnlyDictionary<(Guid UserId, Guid GroupId, string Metric), long> deltas, CancellationToken cancellationToken) =>
        UpsertAsync<MemberCounter>(
            [nameof(MemberCounter.UserId), nameof(MemberCounter.GroupId), nameof(MemberCounter.Metric), nameof(MemberCounter.Value)],
            keyCount: 3,
            added: [nameof(MemberCounter.Value)],
            replaced: [],
            deltas.Where(d => d.Value != 0).OrderBy(d => d.Key).Select(d => new object[] { d.Key.UserId, d.Key.GroupId, d.Key.Metric, d.Value }),
            cancellationToken);

    // The members' rows exist (created when locked), so this only ever updates; Level and UpdatedAt are placeholders.
    public Task TotalsAsync(IReadOnlyDictionary<Guid, (long Xp, long Balance)> deltas, CancellationToken cancellationToken) =>
        UpsertAsync<MemberPoints>(
            [nameof(MemberPoints.UserId), nameof(MemberPoints.Xp), nameof(MemberPoints.Balance), nameof(MemberPoints.Level), nameof(MemberPoints.UpdatedAt)],
            keyCount: 1,
            added: [nameof(MemberPoints.Xp), nameof(MemberPoints.Balance)],
            replaced: [],
            deltas.OrderBy(d => d.Key).Select(d => new object[] { d.Key, d.Value.Xp, d.Value.Balance, 1, DateTime.UnixEpoch }),
            cancellationToken);

    public Task LeaderboardAsync(IReadOnlyDictionary<(string Period, Guid Board, Guid UserId), (long Points, DateTime At)> deltas, CancellationToken cancellationToken) =>
        UpsertAsync<LeaderboardEntry>(
            [nameof(LeaderboardEntry.Period), nameof(LeaderboardEntry.GroupId), nameof(LeaderboardEntry.UserId), nameof(LeaderboardEntry.Points), nameof(LeaderboardEntry.UpdatedAt)],
            keyCount: 3,
            added: [nameof(LeaderboardEntry.Points)],
            replaced: [nameof(LeaderboardEntry.UpdatedAt)],
            deltas.OrderBy(d => d.Key).Select(d => new object[] { d.Key.Period, d.Key.Board, d.Key.UserId, d.Value.Points, Utc(d.Value.At) }),
            cancellationToken);

    /// <summary>
    /// Creates the members' totals rows that are missing and takes every row's lock with one upsert (rows in key order,
    /// so deliveries lock shared members in the same order), then reads their totals.
    /// </summary>
    public async Task<IReadOnlyList<MemberState>> LockMembersAsync(IReadOnlyCollection<Guid> userIds, DateTime now, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return [];
        }

        await UpsertAsync<MemberPoints>(
            [nameof(MemberPoints.UserId), nameof(MemberPoints.Xp), nameof(MemberPoints.Balance), nameof(MemberPoints.Level), nameof(MemberPoints.UpdatedAt)],
            keyCount: 1,
            added: [],
            replaced: [nameof(MemberPoints.UpdatedAt)],
            userIds.Order().Select(id => new object[] { id, 0L, 0L, 1, Utc(now) }),
            cancellationToken);
        var ids = userIds.ToList();
        return await db.Set<MemberPoints>().AsNoTracking().Where(m => ids.Contains(m.UserId))
            .Select(m => new MemberState { UserId = m.UserId, Xp = m.Xp, Balance = m.Balance, Level = m.Level })
            .ToListAsync(cancellationToken);
    }

    // Rows are written in key order, so two deliveries touching the same rows lock them in the same order.
    private Task UpsertAsync<TEntity>(
        string[] properties, int keyCount, string[] added, string[] replaced, IEnumerable<object[]> rows, CancellationToken cancellationToken) =>
        db.UpsertAddingAsync<TEntity>(new UpsertShape(properties, keyCount, added, replaced), rows, cancellationToken);

    private static DateTime Utc(DateTime value) => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value.ToUniversalTime(), DateTimeKind.Utc);
}
