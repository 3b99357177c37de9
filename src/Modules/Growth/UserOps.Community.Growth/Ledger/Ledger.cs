using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Growth.Batching;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Growth.Leaderboards;

namespace UserOps.Community.Growth.Ledger;

/// <summary>
/// Writes ledger entries and keeps the member's totals in step, in the caller's transaction.
/// Each member's row is locked first, so concurrent awards to one member serialise and caps stay exact.
/// </summary>
internal sealed class PointsLedger(
    CommunityDbContext db, LeaderboardWriter leaderboards, DeliveryBatch batch, RuleUsage usage, BatchUpserts upserts, TimeProvider timeProvider)
{
    /// <summary>Creates the member's totals row if needed and takes its row lock until the transaction ends.</summary>
    public async Task LockMemberAsync(Guid userId, CancellationToken cancellationToken)
    {
        // A delivery is one transaction: a member locked earlier in it stays locked, and their totals are in memory.
        if (!batch.Deferring)
        {
            await LockRowAsync(userId, cancellationToken);
        }
        else if (batch.Member(userId) is null)
        {
            batch.Locked((await upserts.LockMembersAsync([userId], timeProvider.GetUtcNow().UtcDateTime, cancellationToken)).Single());
        }
    }

    private async Task LockRowAsync(Guid userId, CancellationToken cancellationToken)
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
        var xp = entry.CountsTowardXp ? entry.Amount : 0;
        if (batch.Deferring)
        {
            batch.AddEntry(entry, xp);
            usage.Record(entry);
            if (xp != 0)
            {
                await leaderboards.AddAsync(entry.UserId, entry.GroupId, xp, countedAt ?? entry.OccurredAt, cancellationToken);
            }

            return;
        }

        // Written once and never changed: untracked, so an outbox batch of hundreds of events does not make every
        // later SaveChanges scan all the rows written before it.
        db.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(entry).State = EntityState.Detached;
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
        // The balance condition is checked in SQL, so the delivery's queued awards must be written first.
        if (batch.Deferring)
        {
            await batch.FlushAsync(cancellationToken);
        }

        var cost = -spending.Amount;
        var spent = await db.Set<MemberPoints>().Where(m => m.UserId == spending.UserId && m.Balance >= cost)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Balance, m => m.Balance - cost), cancellationToken);
        if (spent == 0)
        {
            return false;
        }

        db.Add(spending);
        await db.SaveChangesAsync(cancellationToken);
        if (batch.Member(spending.UserId) is { } member)
        {
            member.Balance -= cost;
        }

        return true;
    }

    /// <summary>
    /// Deferring, the database is not asked: the event's activity row is inserted in this same transaction, and awards
    /// exist only beside their activity row, so a twin delivery that committed first makes this one fail on that key.
    /// </summary>
    public async Task<bool> HasAwardAsync(Guid userId, Guid ruleId, Guid sourceEventId, CancellationToken cancellationToken) =>
        batch.HasAward(userId, ruleId, sourceEventId)
        || (!batch.Deferring && await db.Set<PointEntry>().AnyAsync(e => e.UserId == userId && e.RuleId == ruleId && e.SourceEventId == sourceEventId, cancellationToken));

    /// <summary>Net points a rule gave the member (after reversals), optionally on one local day or from one actor.</summary>
    public async Task<int> NetForRuleAsync(Guid userId, Guid ruleId, DateOnly? localDate, Guid? actorId, CancellationToken cancellationToken)
    {
        if (!batch.Deferring)
        {
            return await StoredNetForRuleAsync(userId, ruleId, localDate, actorId, cancellationToken);
        }

        if (usage.TryGetNet(userId, ruleId, localDate, actorId, out var net))
        {
            return net;
        }

        if (localDate is not { } day)
        {
            return SeedTotal(userId, ruleId, actorId, await StoredNetForRuleAsync(userId, ruleId, null, actorId, cancellationToken));
        }

        // One grouped read answers the daily cap and every per-actor daily cap of that day.
        var stored = await db.Set<PointEntry>().Where(e => e.UserId == userId && e.RuleId == ruleId && e.LocalDate == day)
            .GroupBy(e => e.ActorId)
            .Select(g => new { Actor = g.Key, Net = g.Sum(e => e.Amount) })
            .ToListAsync(cancellationToken);
        SeedDay(userId, ruleId, day, stored.Select(s => (s.Actor, s.Net)));
        usage.TryGetNet(userId, ruleId, localDate, actorId, out net);
        return net;
    }

    /// <summary>Caches a rule's stored net for a member's day, per actor, plus what the delivery queued for it.</summary>
    public void SeedDay(Guid userId, Guid ruleId, DateOnly day, IEnumerable<(Guid? Actor, int Net)> stored)
    {
        var byActor = stored
            .Concat(batch.PendingEntries.Where(e => e.UserId == userId && e.RuleId == ruleId && e.LocalDate == day).Select(e => (Actor: e.ActorId, Net: e.Amount)))
            .GroupBy(a => a.Actor)
            .Select(g => (g.Key, g.Sum(a => a.Net)))
            .ToList();
        usage.SetDay(userId, ruleId, day, byActor);
    }

    /// <summary>Caches a rule's stored all-time net for a member (optionally from one actor), plus what the delivery queued.</summary>
    public int SeedTotal(Guid userId, Guid ruleId, Guid? actorId, int stored)
    {
        var net = stored + batch.PendingEntries.Where(e => e.UserId == userId && e.RuleId == ruleId && RuleUsage.Matches(e, null, actorId)).Sum(e => e.Amount);
        usage.SetNet(userId, ruleId, null, actorId, net);
        return net;
    }

    /// <summary>Caches a rule's last award to a member: the stored one or a later one the delivery queued.</summary>
    public DateTime? SeedLastAward(Guid userId, Guid ruleId, DateTime? stored)
    {
        var last = new[] { stored }
            .Concat(batch.PendingEntries.Where(e => e.UserId == userId && e.RuleId == ruleId && e.Kind == PointEntryKind.Earned).Select(e => (DateTime?)e.OccurredAt))
            .Max();
        usage.SetLastAward(userId, ruleId, last);
        return last;
    }

    public async Task<DateTime?> LastAwardAsync(Guid userId, Guid ruleId, CancellationToken cancellationToken)
    {
        if (!batch.Deferring)
        {
            return await StoredLastAwardAsync(userId, ruleId, cancellationToken);
        }

        if (!usage.TryGetLastAward(userId, ruleId, out var last))
        {
            last = SeedLastAward(userId, ruleId, await StoredLastAwardAsync(userId, ruleId, cancellationToken));
        }

        return last;
    }

    private Task<int> StoredNetForRuleAsync(Guid userId, Guid ruleId, DateOnly? localDate, Guid? actorId, CancellationToken cancellationToken)
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

    private Task<DateTime?> StoredLastAwardAsync(Guid userId, Guid ruleId, CancellationToken cancellationToken) =>
        db.Set<PointEntry>().Where(e => e.UserId == userId && e.RuleId == ruleId && e.Kind == PointEntryKind.Earned)
            .MaxAsync(e => (DateTime?)e.OccurredAt, cancellationToken);
}
