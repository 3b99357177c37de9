using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Growth.Badges;
using UserOps.Community.Growth.Batching;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Growth.Engine;
using UserOps.Community.Growth.Ledger;

namespace UserOps.Community.Growth.Levels;

/// <summary>
/// Moves a member up to the level their XP has reached, raising LevelReached once per level crossed and paying
/// each level's reward. A reward can cross the next level; the loop settles it (bounded by the number of levels).
/// Levels are never taken away when points are reversed.
/// </summary>
internal sealed class LevelProgression(
    CommunityDbContext db, PointsLedger ledger, BadgeAwarder badges, GrowthSnapshot snapshot, DeliveryBatch batch, TimeProvider timeProvider)
{
    public async Task SettleAsync(Guid userId, CancellationToken cancellationToken)
    {
        var levels = await snapshot.LevelsAsync(cancellationToken);
        for (var guard = 0; guard <= levels.Count; guard++)
        {
            var member = batch.Member(userId) is { } held
                ? new MemberPoints { UserId = userId, Xp = held.Xp, Level = held.Level }
                : await db.Set<MemberPoints>().AsNoTracking().FirstOrDefaultAsync(m => m.UserId == userId, cancellationToken);
            if (member is null)
            {
                return;
            }

            var next = levels.FirstOrDefault(l => l.Number == member.Level + 1);
            if (next is null || member.Xp < next.XpThreshold)
            {
                return;
            }

            await ReachAsync(member, next, cancellationToken);
        }
    }

    private async Task ReachAsync(MemberPoints member, Level level, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        await db.Set<MemberPoints>().Where(m => m.UserId == member.UserId && m.Level < level.Number)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Level, level.Number), cancellationToken);
        if (batch.Member(member.UserId) is { } held)
        {
            held.Level = Math.Max(held.Level, level.Number);
        }

        db.AddIntegrationEvent(new LevelReached(member.UserId, level.Number, level.NameEn, level.NameZh) { OccurredAt = now }, member.UserId, timeProvider);
        if (level.RewardPoints is > 0 and var reward)
        {
            var entry = new PointEntry
            {
                UserId = member.UserId,
                Amount = reward,
                Kind = PointEntryKind.Granted,
                SourceEventId = Guid.CreateVersion7(),
                SourceType = "LevelReached",
                SubjectKey = $"level:{level.Number}",
                OccurredAt = now,
                LocalDate = await snapshot.LocalDateAsync(member.UserId, now, cancellationToken),
                Reason = $"Reached level {level.Number}: {level.NameEn}",
            };
            await ledger.AppendAsync(entry, cancellationToken);
            // Announced like any other award, so the member is told and the leaderboards refresh.
            db.AddIntegrationEvent(
                new PointsAwarded(member.UserId, entry.SourceEventId, entry.SourceType, reward, [new PointsLine(null, reward, entry.Reason)]) { OccurredAt = now },
                member.UserId,
                timeProvider);
        }

        if (level.RewardBadgeId is { } badgeId && await db.Set<Badge>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == badgeId && b.Enabled, cancellationToken) is { } badge)
        {
            await badges.AwardAsync(member.UserId, badge, retroactive: false, grantedBy: null, reason: $"Reached level {level.Number}", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
