using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Growth.Badges;
using UserOps.Community.Growth.Batching;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Growth.Ledger;
using UserOps.Community.Growth.Levels;

namespace UserOps.Community.Growth.Engine;

/// <summary>
/// Turns an activity into ledger entries under the operator's rules, then settles levels. Runs inside the
/// outbox handler's transaction: the entries, totals, events and the processed-message record commit together.
/// </summary>
internal sealed class PointsEngine(
    CommunityDbContext db, PointsLedger ledger, LevelProgression levels, BadgeAwarder badges, MemberCounters counters,
    GrowthSnapshot snapshot, DeliveryBatch batch, DeliveryPrefetch prefetch, TimeProvider timeProvider)
{
    public async Task ApplyAsync(Activity activity, CancellationToken cancellationToken)
    {
        batch.Defer();
        if (batch.Deferring)
        {
            // Decided with the rest of the delivery's activities, after one read of what they all need (ADR 0044).
            batch.Queue(activity, SettleAsync);
            return;
        }

        await DecideAsync(activity, cancellationToken);
    }

    private async Task SettleAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        await prefetch.LoadAsync(activities, cancellationToken);
        foreach (var activity in activities)
        {
            await DecideAsync(activity, cancellationToken);
        }
    }

    private async Task DecideAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!await RecordAsync(activity, cancellationToken))
        {
            return;
        }

        var counted = await CountAsync(activity, +1, cancellationToken);

        var rules = await snapshot.RulesForAsync(activity.EventType, cancellationToken);
        var awarded = new Dictionary<Guid, List<PointsLine>>();
        foreach (var rule in rules)
        {
            if (activity.RecipientFor(rule.Recipient) is not { } recipient || !RuleLimits.Applies(rule, activity, recipient))
            {
                continue;
            }

            await ledger.LockMemberAsync(recipient, cancellationToken);
            if (await ledger.HasAwardAsync(recipient, rule.Id, activity.EventId, cancellationToken))
            {
                continue;
            }

            var localDate = await snapshot.LocalDateAsync(recipient, activity.OccurredAt, cancellationToken);
            var amount = await WithinLimitsAsync(rule, activity, recipient, localDate, cancellationToken);
            if (amount <= 0)
            {
                continue;
            }

            await ledger.AppendAsync(
                new PointEntry
                {
                    UserId = recipient,
                    Amount = amount,
                    Kind = PointEntryKind.Earned,
                    RuleId = rule.Id,
                    SourceEventId = activity.EventId,
                    SourceType = activity.EventType,
                    SubjectKey = activity.SubjectKey,
                    ActorId = activity.ActorId,
                    GroupId = activity.GroupId,
                    OccurredAt = activity.OccurredAt,
                    LocalDate = localDate,
                    Reason = rule.Name,
                },
                cancellationToken);
            (awarded.TryGetValue(recipient, out var lines) ? lines : awarded[recipient] = []).Add(new PointsLine(rule.Id, amount, rule.Name));
        }

        await AnnounceAsync(awarded, activity.EventId, activity.EventType, cancellationToken);
        foreach (var userId in counted.Union(awarded.Keys))
        {
            await badges.EvaluateAsync(userId, cancellationToken);
        }
    }

    /// <summary>Cancels, once, every award made for <paramref name="subjectKey"/> (a removed post, a withdrawn reaction).</summary>
    public async Task ReverseAsync(string subjectKey, Guid sourceEventId, string sourceType, CancellationToken cancellationToken)
    {
        // Reversals are rare and read the ledger and activities by subject: write what the delivery queued first.
        batch.Defer();
        if (batch.Deferring)
        {
            await batch.FlushAsync(cancellationToken);
        }

        var reversed = db.Set<PointEntry>().Where(r => r.ReversesEntryId != null).Select(r => r.ReversesEntryId);
        var originals = await db.Set<PointEntry>().AsNoTracking()
            .Where(e => e.SubjectKey == subjectKey && e.Kind == PointEntryKind.Earned && !reversed.Contains(e.Id))
            .OrderBy(e => e.OccurredAt)
            .ToListAsync(cancellationToken);
        var undone = await db.Set<Activity>().AsNoTracking().Where(a => a.SubjectKey == subjectKey)
            .OrderByDescending(a => a.OccurredAt).FirstOrDefaultAsync(cancellationToken);
        if (undone is not null)
        {
            await CountAsync(undone, -1, cancellationToken);
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var lines = new Dictionary<Guid, List<PointsLine>>();
        foreach (var original in originals)
        {
            await ledger.LockMemberAsync(original.UserId, cancellationToken);
            var reason = $"Reversed: {original.Reason}";
            await ledger.AppendAsync(
                new PointEntry
                {
                    UserId = original.UserId,
                    Amount = -original.Amount,
                    Kind = PointEntryKind.Reversed,
                    RuleId = original.RuleId,
                    SourceEventId = sourceEventId,
                    SourceType = sourceType,
                    SubjectKey = subjectKey,
                    ActorId = original.ActorId,
                    GroupId = original.GroupId,
                    OccurredAt = now,
                    LocalDate = original.LocalDate,
                    Reason = reason,
                    ReversesEntryId = original.Id,
                },
                cancellationToken,
                countedAt: original.OccurredAt);
            (lines.TryGetValue(original.UserId, out var list) ? list : lines[original.UserId] = []).Add(new PointsLine(original.RuleId, -original.Amount, reason));
        }

        await AnnounceAsync(lines, sourceEventId, sourceType, cancellationToken);
    }

    // Counters feed badge criteria; an undone activity (removed post, withdrawn reaction) counts down again.
    private async Task<IReadOnlyList<Guid>> CountAsync(Activity activity, int delta, CancellationToken cancellationToken)
    {
        var users = new List<Guid>();
        foreach (var (userId, metric) in Metrics.CountersFor(activity))
        {
            await ledger.LockMemberAsync(userId, cancellationToken);
            await counters.AddAsync(userId, activity.GroupId, metric, delta, cancellationToken);
            users.Add(userId);
        }

        return users;
    }

    // One row per source event: a redelivered event finds its row and changes nothing.
    private async Task<bool> RecordAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (batch.HasActivity(activity.EventId)
            || (batch.RecordedBefore(activity.EventId) ?? await db.Set<Activity>().AnyAsync(a => a.EventId == activity.EventId, cancellationToken)))
        {
            return false;
        }

        if (batch.Deferring)
        {
            batch.AddActivity(activity);
            return true;
        }

        db.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(activity).State = EntityState.Detached;
        return true;
    }

    private async Task<int> WithinLimitsAsync(PointRule rule, Activity activity, Guid recipient, DateOnly localDate, CancellationToken cancellationToken)
    {
        if (rule.CooldownSeconds is not null
            && RuleLimits.InCooldown(rule, await ledger.LastAwardAsync(recipient, rule.Id, cancellationToken), activity.OccurredAt))
        {
            return 0;
        }

        var amount = rule.AmountPerAward;
        if (rule.DailyCap is not null)
        {
            amount = RuleLimits.Capped(amount, rule.DailyCap, await ledger.NetForRuleAsync(recipient, rule.Id, localDate, null, cancellationToken));
        }

        if (amount > 0 && rule.PerActorDailyCap is not null)
        {
            amount = RuleLimits.Capped(amount, rule.PerActorDailyCap, await ledger.NetForRuleAsync(recipient, rule.Id, localDate, activity.ActorId, cancellationToken));
        }

        if (amount > 0 && rule.TotalCap is not null)
        {
            amount = RuleLimits.Capped(amount, rule.TotalCap, await ledger.NetForRuleAsync(recipient, rule.Id, null, null, cancellationToken));
        }

        return amount;
    }

    private async Task AnnounceAsync(Dictionary<Guid, List<PointsLine>> awarded, Guid sourceEventId, string sourceType, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        foreach (var (userId, lines) in awarded)
        {
            db.AddIntegrationEvent(new PointsAwarded(userId, sourceEventId, sourceType, lines.Sum(l => l.Amount), lines) { OccurredAt = now }, userId, timeProvider);
            await levels.SettleAsync(userId, cancellationToken);
        }

        if (!batch.Deferring)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
