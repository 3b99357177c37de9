using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Growth.Badges;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Growth.Engine;
using UserOps.Community.Growth.Ledger;

namespace UserOps.Community.Growth.Batching;

/// <summary>
/// Before a delivery's queued activities are decided one by one, reads what deciding them needs for all of them at
/// once: which were already recorded, the recipients' totals (locking every member in key order), their time zones,
/// and the cap and cooldown figures of the rules that may pay them. The per-activity code then finds all of it in
/// memory; without this each activity cost about five round trips (ADR 0044).
/// </summary>
internal sealed class DeliveryPrefetch(
    CommunityDbContext db, DeliveryBatch batch, BatchUpserts upserts, GrowthSnapshot snapshot, PointsLedger ledger, RuleUsage usage, TimeProvider timeProvider)
{
    public async Task LoadAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var eventIds = activities.Select(a => a.EventId).ToList();
        var recorded = (await db.Set<Activity>().Where(a => eventIds.Contains(a.EventId)).Select(a => a.EventId).ToListAsync(cancellationToken)).ToHashSet();
        batch.Checked(eventIds, recorded);

        var awards = new List<(Activity Activity, PointRule Rule, Guid Recipient)>();
        var members = new HashSet<Guid>();
        foreach (var activity in activities.Where(a => !recorded.Contains(a.EventId)))
        {
            foreach (var rule in await snapshot.RulesForAsync(activity.EventType, cancellationToken))
            {
                if (activity.RecipientFor(rule.Recipient) is { } recipient && RuleLimits.Applies(rule, activity, recipient))
                {
                    awards.Add((activity, rule, recipient));
                    members.Add(recipient);
                }
            }

            members.UnionWith(Metrics.CountersFor(activity).Select(c => c.UserId));
        }

        var toLock = members.Where(m => batch.Member(m) is null).ToList();
        foreach (var member in await upserts.LockMembersAsync(toLock, timeProvider.GetUtcNow().UtcDateTime, cancellationToken))
        {
            batch.Locked(member);
        }

        await snapshot.PrimeTimeZonesAsync(awards.Select(a => a.Recipient), cancellationToken);
        await DaysAsync(awards, cancellationToken);
        await TotalsAsync(awards, cancellationToken);
        await LastAwardsAsync(awards, cancellationToken);
    }

    // Daily and per-actor daily caps: every (member, rule, local day) in one grouped read.
    private async Task DaysAsync(List<(Activity Activity, PointRule Rule, Guid Recipient)> awards, CancellationToken cancellationToken)
    {
        var days = new HashSet<(Guid UserId, Guid RuleId, DateOnly Day)>();
        foreach (var (activity, rule, recipient) in awards.Where(a => a.Rule.DailyCap is not null || a.Rule.PerActorDailyCap is not null))
        {
            var day = await snapshot.LocalDateAsync(recipient, activity.OccurredAt, cancellationToken);
            if (!usage.HasDay(recipient, rule.Id, day))
            {
                days.Add((recipient, rule.Id, day));
            }
        }

        if (days.Count == 0)
        {
            return;
        }

        var userIds = days.Select(d => d.UserId).Distinct().ToList();
        var ruleIds = days.Select(d => (Guid?)d.RuleId).Distinct().ToList();
        var dates = days.Select(d => d.Day).Distinct().ToList();
        var stored = (await db.Set<PointEntry>()
                .Where(e => userIds.Contains(e.UserId) && ruleIds.Contains(e.RuleId) && dates.Contains(e.LocalDate))
                .GroupBy(e => new { e.UserId, e.RuleId, e.LocalDate, e.ActorId })
                .Select(g => new { g.Key.UserId, g.Key.RuleId, g.Key.LocalDate, g.Key.ActorId, Net = g.Sum(e => e.Amount) })
                .ToListAsync(cancellationToken))
            .ToLookup(s => (s.UserId, s.RuleId!.Value, s.LocalDate), s => (s.ActorId, s.Net));
        foreach (var day in days)
        {
            ledger.SeedDay(day.UserId, day.RuleId, day.Day, stored[day]);
        }
    }

    // Total caps: every (member, rule) all-time net in one grouped read.
    private async Task TotalsAsync(List<(Activity Activity, PointRule Rule, Guid Recipient)> awards, CancellationToken cancellationToken)
    {
        var pairs = awards.Where(a => a.Rule.TotalCap is not null && !usage.TryGetNet(a.Recipient, a.Rule.Id, null, null, out _))
            .Select(a => (UserId: a.Recipient, RuleId: a.Rule.Id)).ToHashSet();
        if (pairs.Count == 0)
        {
            return;
        }

        var (userIds, ruleIds) = Keys(pairs);
        var stored = (await db.Set<PointEntry>().Where(e => userIds.Contains(e.UserId) && ruleIds.Contains(e.RuleId))
                .GroupBy(e => new { e.UserId, e.RuleId })
                .Select(g => new { g.Key.UserId, g.Key.RuleId, Net = g.Sum(e => e.Amount) })
                .ToListAsync(cancellationToken))
            .ToDictionary(s => (s.UserId, s.RuleId!.Value), s => s.Net);
        foreach (var pair in pairs)
        {
            ledger.SeedTotal(pair.UserId, pair.RuleId, null, stored.GetValueOrDefault(pair));
        }
    }

    // Cooldowns: every (member, rule) last earning in one grouped read.
    private async Task LastAwardsAsync(List<(Activity Activity, PointRule Rule, Guid Recipient)> awards, CancellationToken cancellationToken)
    {
        var pairs = awards.Where(a => a.Rule.CooldownSeconds is not null && !usage.TryGetLastAward(a.Recipient, a.Rule.Id, out _))
            .Select(a => (UserId: a.Recipient, RuleId: a.Rule.Id)).ToHashSet();
        if (pairs.Count == 0)
        {
            return;
        }

        var (userIds, ruleIds) = Keys(pairs);
        var stored = (await db.Set<PointEntry>()
                .Where(e => userIds.Contains(e.UserId) && ruleIds.Contains(e.RuleId) && e.Kind == PointEntryKind.Earned)
                .GroupBy(e => new { e.UserId, e.RuleId })
                .Select(g => new { g.Key.UserId, g.Key.RuleId, Last = g.Max(e => e.OccurredAt) })
                .ToListAsync(cancellationToken))
            .ToDictionary(s => (s.UserId, s.RuleId!.Value), s => (DateTime?)s.Last);
        foreach (var pair in pairs)
        {
            ledger.SeedLastAward(pair.UserId, pair.RuleId, stored.GetValueOrDefault(pair));
        }
    }

    private static (List<Guid> UserIds, List<Guid?> RuleIds) Keys(HashSet<(Guid UserId, Guid RuleId)> pairs) =>
        ([.. pairs.Select(p => p.UserId).Distinct()], [.. pairs.Select(p => (Guid?)p.RuleId).Distinct()]);
}
