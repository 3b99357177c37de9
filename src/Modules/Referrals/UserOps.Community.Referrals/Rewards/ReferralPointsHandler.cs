using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.Referrals.Domain;
using Microsoft.EntityFrameworkCore;

namespace UserOps.Community.Referrals.Rewards;

/// <summary>
/// Keeps the inviter's points per referral from what Growth actually awarded (rules are operator-configured, caps may
/// apply), so "my referrals" shows real rewards. Values are set, not added, so a redelivery changes nothing.
/// </summary>
internal sealed class ReferralPointsHandler(CommunityDbContext db) : IIntegrationEventHandler<PointsAwarded>
{
    public async Task HandleAsync(PointsAwarded e, CancellationToken cancellationToken)
    {
        if (e.SourceType == "ReferralActivated")
        {
            await db.Set<Referral>().Where(r => r.ActivatedEventId == e.SourceEventId && r.InviterId == e.UserId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.InviterPointsEarned, e.Total), cancellationToken);
        }
        else if (e.SourceType == "ReferralRevoked")
        {
            await db.Set<Referral>().Where(r => r.RevokedEventId == e.SourceEventId && r.InviterId == e.UserId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.InviterPointsReversed, e.Total), cancellationToken);
        }
    }
}
