using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Engagement.Contracts;
using UserOps.Community.Engagement.Domain;

namespace UserOps.Community.Engagement.Counts;

/// <summary>Maintained per-day counters: a check-in adds one to a random shard, a read sums at most eight rows.</summary>
internal sealed class CheckInCounters(CommunityDbContext db) : ICheckInCounts
{
    public async Task<int> GetAsync(DateOnly day, Guid? groupId, CancellationToken cancellationToken)
    {
        var key = groupId ?? Guid.Empty;
        return await db.Set<DailyCount>().Where(c => c.LocalDate == day && c.GroupId == key).SumAsync(c => c.Count, cancellationToken);
    }

    /// <summary>Counts one check-in site-wide and in each of <paramref name="groupIds"/>, in the caller's transaction.</summary>
    public async Task IncrementAsync(DateOnly day, IEnumerable<Guid> groupIds, CancellationToken cancellationToken)
    {
        var shard = Random.Shared.Next(DailyCount.Shards);
        // A fixed order of keys, so two check-ins never wait on each other's rows in opposite orders.
        foreach (var groupId in groupIds.Append(Guid.Empty).Distinct().Order())
        {
            await AddOneAsync(day, groupId, shard, cancellationToken);
        }
    }

    private async Task AddOneAsync(DateOnly day, Guid groupId, int shard, CancellationToken cancellationToken)
    {
        if (await IncrementRowAsync(day, groupId, shard, cancellationToken) > 0)
        {
            return;
        }

        var row = db.Add(new DailyCount { LocalDate = day, GroupId = groupId, Shard = shard, Count = 1 });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            row.State = EntityState.Detached;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            row.State = EntityState.Detached;
            await IncrementRowAsync(day, groupId, shard, cancellationToken);
        }
    }

    private Task<int> IncrementRowAsync(DateOnly day, Guid groupId, int shard, CancellationToken cancellationToken) =>
        db.Set<DailyCount>().Where(c => c.LocalDate == day && c.GroupId == groupId && c.Shard == shard)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count + 1), cancellationToken);
}
