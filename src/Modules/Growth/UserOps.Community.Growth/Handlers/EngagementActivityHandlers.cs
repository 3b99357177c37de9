using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Time;
using UserOps.Community.Engagement.Contracts;
using UserOps.Community.Growth.Badges;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Growth.Engine;
using UserOps.Community.Growth.Ledger;
using UserOps.Community.Growth.Levels;

namespace UserOps.Community.Growth.Handlers;

/// <summary>Check-ins, streak milestones and completed challenges as activities; a challenge's own reward is granted here, once per event.</summary>
internal sealed class EngagementActivityHandlers(
    PointsEngine engine, CommunityDbContext db, PointsLedger ledger, LevelProgression levels, BadgeAwarder badges,
    GrowthSnapshot snapshot, MemberCounters counters, TimeProvider timeProvider) :
    IIntegrationEventHandler<CheckInRecorded>,
    IIntegrationEventHandler<StreakBroken>,
    IIntegrationEventHandler<StreakReached>,
    IIntegrationEventHandler<ChallengeCompleted>
{
    public const string ChallengeRewardSource = "ChallengeCompleted";

    public async Task HandleAsync(CheckInRecorded e, CancellationToken cancellationToken)
    {
        // Streak gauges first, so the badge evaluation the engine runs next already sees them.
        await ledger.LockMemberAsync(e.MemberId, cancellationToken);
        await counters.SetAsync(e.MemberId, Metrics.CurrentStreak, e.StreakLength, keepMax: false, cancellationToken);
        await counters.SetAsync(e.MemberId, Metrics.LongestStreak, e.StreakLength, keepMax: true, cancellationToken);
        await engine.ApplyAsync(
            new Activity
            {
                EventId = e.EventId, EventType = EventTypes.CheckInRecorded, OccurredAt = e.OccurredAt, ActorId = e.MemberId,
                SubjectKey = $"checkin:{e.CheckInId}",
            },
            cancellationToken);
    }

    public async Task HandleAsync(StreakBroken e, CancellationToken cancellationToken)
    {
        await ledger.LockMemberAsync(e.MemberId, cancellationToken);
        await counters.SetAsync(e.MemberId, Metrics.CurrentStreak, 0, keepMax: false, cancellationToken);
    }

    public Task HandleAsync(StreakReached e, CancellationToken cancellationToken) => engine.ApplyAsync(
        new Activity
        {
            EventId = e.EventId, EventType = EventTypes.StreakReached, OccurredAt = e.OccurredAt, ActorId = e.MemberId,
            SubjectKey = $"streak:{e.MemberId}:{e.LocalDate:yyyy-MM-dd}:{e.Milestone}",
        },
        cancellationToken);

    public async Task HandleAsync(ChallengeCompleted e, CancellationToken cancellationToken)
    {
        await engine.ApplyAsync(
            new Activity
            {
                EventId = e.EventId, EventType = EventTypes.ChallengeCompleted, OccurredAt = e.OccurredAt, ActorId = e.MemberId,
                GroupId = e.GroupId, SubjectKey = $"challenge:{e.ChallengeId}:{e.MemberId}",
            },
            cancellationToken);
        await GrantRewardAsync(e, cancellationToken);
    }

    // The reward is keyed by the completion event: a redelivered event finds its entry and pays nothing more.
    private async Task GrantRewardAsync(ChallengeCompleted e, CancellationToken cancellationToken)
    {
        await ledger.LockMemberAsync(e.MemberId, cancellationToken);
        if (await db.Set<PointEntry>().AnyAsync(p => p.UserId == e.MemberId && p.SourceEventId == e.EventId && p.SourceType == ChallengeRewardSource, cancellationToken))
        {
            return;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var reason = $"Completed the challenge: {e.Title}";
        if (e.RewardPoints > 0)
        {
            var zone = await snapshot.TimeZoneOfAsync(e.MemberId, cancellationToken);
            await ledger.AppendAsync(
                new PointEntry
                {
                    UserId = e.MemberId,
                    Amount = e.RewardPoints,
                    Kind = PointEntryKind.Granted,
                    SourceEventId = e.EventId,
                    SourceType = ChallengeRewardSource,
                    SubjectKey = $"challenge-reward:{e.ChallengeId}:{e.MemberId}",
                    GroupId = e.GroupId,
                    OccurredAt = now,
                    LocalDate = LocalCalendar.LocalDate(new DateTimeOffset(now, TimeSpan.Zero), zone),
                    Reason = reason,
                },
                cancellationToken);
            db.AddIntegrationEvent(
                new PointsAwarded(e.MemberId, e.EventId, ChallengeRewardSource, e.RewardPoints, [new PointsLine(null, e.RewardPoints, reason)]) { OccurredAt = now },
                e.MemberId,
                timeProvider);
            await levels.SettleAsync(e.MemberId, cancellationToken);
        }

        if (e.RewardBadgeId is { } badgeId && await db.Set<Badge>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == badgeId && b.Enabled, cancellationToken) is { } badge)
        {
            await badges.AwardAsync(e.MemberId, badge, retroactive: false, grantedBy: null, reason: reason, cancellationToken);
        }

        await badges.EvaluateAsync(e.MemberId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
