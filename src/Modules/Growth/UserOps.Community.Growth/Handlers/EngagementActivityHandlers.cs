using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Engagement.Contracts;
using UserOps.Community.Growth.Badges;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Growth.Engine;
using UserOps.Community.Growth.Ledger;

namespace UserOps.Community.Growth.Handlers;

/// <summary>Check-ins, streak milestones and completed challenges as activities; a challenge's own reward is granted here, once per event.</summary>
internal sealed class EngagementActivityHandlers(
    PointsEngine engine, CommunityDbContext db, PointsLedger ledger, PointsGrants grants, BadgeAwarder badges,
    GrowthSnapshot snapshot, MemberCounters counters) :
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

        var reason = $"Completed the challenge: {e.Title}";
        if (e.RewardPoints > 0)
        {
            await grants.GrantAsync(
                new PointsGrant(e.MemberId, e.RewardPoints, PointEntryKind.Granted, e.EventId, ChallengeRewardSource, reason, $"challenge-reward:{e.ChallengeId}:{e.MemberId}", e.GroupId),
                await snapshot.TimeZoneOfAsync(e.MemberId, cancellationToken),
                cancellationToken);
        }

        if (e.RewardBadgeId is { } badgeId && await db.Set<Badge>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == badgeId && b.Enabled, cancellationToken) is { } badge)
        {
            await badges.AwardAsync(e.MemberId, badge, retroactive: false, grantedBy: null, reason: reason, cancellationToken);
        }

        await badges.EvaluateAsync(e.MemberId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
