using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Growth.Batching;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Growth.Engine;

namespace UserOps.Community.Growth.Badges;

/// <summary>
/// Awards badges whose criterion a member meets, each at most once (primary key), raising BadgeEarned.
/// Re-evaluates after each award so a badge that is itself a criterion (badges earned) settles in the same
/// processing; the loop is bounded by the number of badges, so it cannot cycle.
/// </summary>
internal sealed class BadgeAwarder(CommunityDbContext db, MemberCounters counters, GrowthSnapshot snapshot, DeliveryBatch batch, TimeProvider timeProvider)
{
    public async Task EvaluateAsync(Guid userId, CancellationToken cancellationToken)
    {
        var badges = await snapshot.AutomaticBadgesAsync(cancellationToken);
        if (badges.Count == 0)
        {
            return;
        }

        for (var round = 0; round <= badges.Count; round++)
        {
            var held = await HeldAsync(userId, cancellationToken);
            var values = new Dictionary<BadgeCondition, long>();
            var awarded = false;
            foreach (var badge in badges.Where(b => !held.Contains(b.Id)))
            {
                if (await QualifiesAsync(userId, badge, values, cancellationToken))
                {
                    awarded |= await AwardAsync(userId, badge, retroactive: false, grantedBy: null, reason: null, cancellationToken);
                }
            }

            if (!awarded)
            {
                return;
            }
        }
    }

    public async Task<bool> QualifiesAsync(Guid userId, Badge badge, Dictionary<BadgeCondition, long> values, CancellationToken cancellationToken)
    {
        if (BadgeCriterion.FromJson(badge.Criterion) is not { } criterion)
        {
            return false;
        }

        foreach (var condition in criterion.AllConditions().Where(c => !values.ContainsKey(c)))
        {
            values[condition] = await ValueAsync(userId, condition, cancellationToken);
        }

        return criterion.Holds(c => values[c]);
    }

    public async Task<bool> AwardAsync(Guid userId, Badge badge, bool retroactive, Guid? grantedBy, string? reason, CancellationToken cancellationToken)
    {
        if (await db.Set<MemberBadge>().AnyAsync(m => m.UserId == userId && m.BadgeId == badge.Id, cancellationToken))
        {
            return false;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        db.Add(new MemberBadge { UserId = userId, BadgeId = badge.Id, EarnedAt = now, Retroactive = retroactive, GrantedBy = grantedBy, Reason = reason });
        db.AddIntegrationEvent(new BadgeEarned(userId, badge.Id, badge.NameEn, badge.NameZh, badge.Tier, retroactive) { OccurredAt = now }, userId, timeProvider);
        await db.SaveChangesAsync(cancellationToken);
        await counters.AddAsync(userId, null, Metrics.BadgesEarned, 1, cancellationToken);
        return true;
    }

    public async Task<long> ValueAsync(Guid userId, BadgeCondition condition, CancellationToken cancellationToken)
    {
        if (batch.Member(userId) is { } held && condition.Metric is Metrics.Level or Metrics.Xp)
        {
            return condition.Metric == Metrics.Level ? held.Level : held.Xp;
        }

        switch (condition.Metric)
        {
            case Metrics.Level:
                return await db.Set<MemberPoints>().Where(m => m.UserId == userId).Select(m => (long?)m.Level).FirstOrDefaultAsync(cancellationToken) ?? 1;
            case Metrics.Xp:
                return await db.Set<MemberPoints>().Where(m => m.UserId == userId).Select(m => (long?)m.Xp).FirstOrDefaultAsync(cancellationToken) ?? 0;
        }

        if (condition.WindowDays is { } days && Metrics.WindowSource(condition.Metric) is { } source)
        {
            var (eventType, asAuthor) = source;
            if (batch.Deferring)
            {
                await batch.FlushAsync(cancellationToken);
            }

            var since = timeProvider.GetUtcNow().UtcDateTime.AddDays(-days);
            var activities = db.Set<Activity>().Where(a => a.EventType == eventType && a.OccurredAt >= since
                && (asAuthor ? a.ContentAuthorId == userId && a.ActorId != userId : a.ActorId == userId));
            if (condition.GroupId is { } group)
            {
                activities = activities.Where(a => a.GroupId == group);
            }

            return await activities.LongCountAsync(cancellationToken);
        }

        return await counters.ValueAsync(userId, condition.GroupId, condition.Metric, cancellationToken);
    }

    private async Task<HashSet<Guid>> HeldAsync(Guid userId, CancellationToken cancellationToken) =>
        [.. await db.Set<MemberBadge>().Where(m => m.UserId == userId).Select(m => m.BadgeId).ToListAsync(cancellationToken)];
}
