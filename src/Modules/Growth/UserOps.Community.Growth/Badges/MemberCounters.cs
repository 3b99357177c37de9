using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Badges;

/// <summary>Per-member counters (global, and per group when the activity has one). Callers hold the member's row lock.</summary>
internal sealed class MemberCounters(CommunityDbContext db)
{
    public async Task AddAsync(Guid userId, Guid? groupId, string metric, long delta, CancellationToken cancellationToken)
    {
        await AddToBoardAsync(userId, Guid.Empty, metric, delta, cancellationToken);
        if (groupId is { } group && group != Guid.Empty)
        {
            await AddToBoardAsync(userId, group, metric, delta, cancellationToken);
        }
    }

    public async Task<long> ValueAsync(Guid userId, Guid? groupId, string metric, CancellationToken cancellationToken)
    {
        var board = groupId ?? Guid.Empty;
        return await db.Set<MemberCounter>().AsNoTracking()
            .Where(c => c.UserId == userId && c.GroupId == board && c.Metric == metric)
            .Select(c => (long?)c.Value)
            .FirstOrDefaultAsync(cancellationToken) ?? 0;
    }

    private async Task AddToBoardAsync(Guid userId, Guid board, string metric, long delta, CancellationToken cancellationToken)
    {
        var updated = await db.Set<MemberCounter>()
            .Where(c => c.UserId == userId && c.GroupId == board && c.Metric == metric)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + delta), cancellationToken);
        if (updated == 0)
        {
            db.Add(new MemberCounter { UserId = userId, GroupId = board, Metric = metric, Value = delta });
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
