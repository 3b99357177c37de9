using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Growth.Batching;
using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Badges;

/// <summary>Per-member counters (global, and per group when the activity has one). Callers hold the member's row lock.</summary>
internal sealed class MemberCounters(CommunityDbContext db, DeliveryBatch batch)
{
    public async Task AddAsync(Guid userId, Guid? groupId, string metric, long delta, CancellationToken cancellationToken)
    {
        List<Guid> boards = groupId is { } group && group != Guid.Empty ? [Guid.Empty, group] : [Guid.Empty];
        if (batch.Deferring)
        {
            boards.ForEach(board => batch.AddCounter(userId, board, metric, delta));
            return;
        }

        var updated = await db.Set<MemberCounter>()
            .Where(c => c.UserId == userId && c.Metric == metric && boards.Contains(c.GroupId))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + delta), cancellationToken);
        if (updated == boards.Count)
        {
            return;
        }

        var existing = await db.Set<MemberCounter>().AsNoTracking()
            .Where(c => c.UserId == userId && c.Metric == metric && boards.Contains(c.GroupId))
            .Select(c => c.GroupId)
            .ToListAsync(cancellationToken);
        var missing = boards.Except(existing).Select(board => new MemberCounter { UserId = userId, GroupId = board, Metric = metric, Value = delta }).ToList();
        db.AddRange(missing);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var counter in missing)
        {
            db.Entry(counter).State = EntityState.Detached;
        }
    }

    /// <summary>Sets a site-wide gauge (a streak length) rather than counting; <paramref name="keepMax"/> never lowers it.</summary>
    public async Task SetAsync(Guid userId, string metric, long value, bool keepMax, CancellationToken cancellationToken)
    {
        var counter = await db.Set<MemberCounter>().FirstOrDefaultAsync(c => c.UserId == userId && c.GroupId == Guid.Empty && c.Metric == metric, cancellationToken);
        if (counter is null)
        {
            counter = db.Add(new MemberCounter { UserId = userId, GroupId = Guid.Empty, Metric = metric, Value = value }).Entity;
        }
        else if (!keepMax || value > counter.Value)
        {
            counter.Value = value;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.Entry(counter).State = EntityState.Detached;
    }

    public async Task<long> ValueAsync(Guid userId, Guid? groupId, string metric, CancellationToken cancellationToken)
    {
        var board = groupId ?? Guid.Empty;
        var stored = await db.Set<MemberCounter>().AsNoTracking()
            .Where(c => c.UserId == userId && c.GroupId == board && c.Metric == metric)
            .Select(c => (long?)c.Value)
            .FirstOrDefaultAsync(cancellationToken) ?? 0;
        return stored + batch.PendingCounter(userId, board, metric);
    }
}
