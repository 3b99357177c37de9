using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Growth.Engine;
using UserOps.Community.Growth.Leaderboards;
using UserOps.Community.Growth.Ledger;
using UserOps.Community.Referrals.Contracts;

namespace UserOps.Community.Growth.Handlers;

/// <summary>
/// An activated referral rewards inviter and invitee under the ReferralActivated rules (the inviter only when the Referrals
/// module did not cap them) and counts one on the referrers board; a revocation reverses both through the ledger.
/// </summary>
internal sealed class ReferralActivityHandlers(CommunityDbContext db, PointsEngine engine, PointsLedger ledger, LeaderboardWriter leaderboards) :
    IIntegrationEventHandler<ReferralActivated>,
    IIntegrationEventHandler<ReferralRevoked>
{
    public async Task HandleAsync(ReferralActivated e, CancellationToken cancellationToken)
    {
        // The activity row is the once-only record: a redelivered event must not count on the board twice.
        if (await db.Set<Activity>().AnyAsync(a => a.EventId == e.EventId, cancellationToken))
        {
            return;
        }

        await engine.ApplyAsync(
            new Activity
            {
                EventId = e.EventId, EventType = EventTypes.ReferralActivated, OccurredAt = e.OccurredAt, ActorId = e.InviteeId,
                InviterId = e.InviterCapped ? null : e.InviterId, InviteeId = e.InviteeId, SubjectKey = SubjectKey(e.ReferralId),
            },
            cancellationToken);
        if (e.InviterId is { } inviter)
        {
            await CountOnBoardAsync(inviter, +1, e.OccurredAt, cancellationToken);
        }
    }

    public async Task HandleAsync(ReferralRevoked e, CancellationToken cancellationToken)
    {
        await engine.ReverseAsync(SubjectKey(e.ReferralId), e.EventId, nameof(ReferralRevoked), cancellationToken);
        var activation = await db.Set<Activity>().AsNoTracking()
            .Where(a => a.SubjectKey == SubjectKey(e.ReferralId) && a.EventType == EventTypes.ReferralActivated)
            .FirstOrDefaultAsync(cancellationToken);
        if (e.InviterId is not { } inviter || activation is null || await db.Set<Activity>().AnyAsync(a => a.EventId == e.EventId, cancellationToken))
        {
            return;
        }

        // Recorded like any activity so a redelivery finds it; no rule reacts to it.
        db.Add(new Activity
        {
            EventId = e.EventId, EventType = nameof(ReferralRevoked), OccurredAt = e.OccurredAt, ActorId = e.InviteeId, InviterId = inviter,
            InviteeId = e.InviteeId, SubjectKey = $"referral-revoked:{e.ReferralId}",
        });
        await db.SaveChangesAsync(cancellationToken);
        await CountOnBoardAsync(inviter, -1, activation.OccurredAt, cancellationToken);
    }

    // Under the inviter's ledger lock, like every other leaderboard write, so the insert-if-missing never races.
    private async Task CountOnBoardAsync(Guid inviter, int delta, DateTime activatedAt, CancellationToken cancellationToken)
    {
        await ledger.LockMemberAsync(inviter, cancellationToken);
        await leaderboards.AddToBoardAsync(ReferrersBoard.Id, inviter, delta, activatedAt, cancellationToken);
    }

    private static string SubjectKey(Guid referralId) => $"referral:{referralId}";
}
