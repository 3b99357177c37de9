using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Growth.Leaderboards;

namespace UserOps.Community.Growth.Ledger;

/// <summary>
/// Writes ledger entries and keeps the member's totals in step, in the caller's transaction.
/// Each member's row is locked first, so concurrent awards to one member serialise and caps stay exact.
/// </summary>
internal sealed class PointsLedger(CommunityDbContext db, LeaderboardWriter leaderboards, TimeProvider timeProvider)
{
    /// <summary>Creates the member's totals row if needed and takes its row lock until the transaction ends.</summary>
    public async Task LockMemberAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (await TouchAsync(userId, cancellationToken) > 0)
        {
            return;
        }

        var member = db.Add(new MemberPoints { UserId = userId, Level = 1, UpdatedAt = timeProvider.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Another transaction created the row first. EF rolled back to its savepoint, so ours is still usable:
            // wait for that row's lock like everyone else.
            member.State = EntityState.Detached;
            await TouchAsync(userId, cancellationToken);
            return;
        }

        member.State = EntityState.Detached;
    }

    private Task<int> TouchAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        return db.Set<MemberPoints>().Where(m => m.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.UpdatedAt, now), cancellationToken);
    }

    /// <summary>Appends an entry; XP changes count on leaderboards in the period of <paramref name="countedAt"/> (default: the entry's time).</summary>
    public async Task AppendAsync(PointEntry entry, CancellationToken cancellationToken, DateTime? countedAt = null)
    {
        // Written once and never changed: untracked, so an outbox batch of hundreds of events does not make every
        // later SaveChanges scan all the rows written before it.
        db.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(entry).State = EntityState.Detached;
        var xp = entry.CountsTowardXp ? entry.Amount : 0;
        var balance = entry.Amount;
        await db.Set<MemberPoints>().Where(m => m.UserId == entry.UserId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Xp, m => m.Xp + xp).SetProperty(m => m.Balance, m => m.Balance + balance), cancellationToken);
        if (xp != 0)
        {
            await leaderboards.AddAsync(entry.UserId, entry.GroupId, xp, countedAt ?? entry.OccurredAt, cancellationToken);
        }
    }

    /// <summary>Spends from the balance only if it covers the amount: the SQL condition keeps balances from going negative.</summary>
    public async Task<bool> TrySpendAsync(PointEntry spending, CancellationToken cancellationToken)
    {
        var cost = -spending.Amount;
        var spent = await db.Set<MemberPoints>().Where(m => m.UserId == spending.UserId && m.Balance >= cost)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Balance, m => m.Balance - cost), cancellationToken);
        if (spent == 0)
        {
            return false;
        }

        db.Add(spending);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public Task<bool> HasAwardAsync(Guid userId, Guid ruleId, Guid sourceEventId, CancellationToken cancellationToken) =>
        db.Set<PointEntry>().AnyAsync(e => e.UserId == userId && e.RuleId == ruleId && e.SourceEventId == sourceEventId, cancellationToken);

    /// <summary>Net points a rule gave the member (after reversals), optionally on one local day or from one actor.</summary>
    public Task<int> NetForRuleAsync(Guid userId, Guid ruleId, DateOnly? localDate, Guid? actorId, CancellationToken cancellationToken)
    {
        var entries = db.Set<PointEntry>().Where(e => e.UserId == userId && e.RuleId == ruleId);
        if (localDate is { } day)
        {
            entries = entries.Where(e => e.LocalDate == day);
        }

        if (actorId is { } actor)
        {
            entries = entries.Where(e => e.ActorId == actor);
        }

        return entries.SumAsync(e => e.Amount, cancellationToken);
    }

    public Task<DateTime?> LastAwardAsync(Guid userId, Guid ruleId, CancellationToken cancellationToken) =>
        db.Set<PointEntry>().Where(e => e.UserId == userId && e.RuleId == ruleId && e.Kind == PointEntryKind.Earned)
            .MaxAsync(e => (DateTime?)e.OccurredAt, cancellationToken);
}
