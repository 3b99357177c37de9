using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.Referrals.Contracts;
using UserOps.Community.Referrals.Domain;

namespace UserOps.Community.Referrals.Revocation;

/// <summary>
/// An invitee banned within <see cref="ReferralOptions.RevokeOnBanWithinDays"/> of attribution was most likely a farmed
/// account: the referral is revoked (activated or not) and Growth reverses its rewards. Later bans leave it alone.
/// </summary>
internal sealed class BanRevocationHandler(CommunityDbContext db, IOptions<ReferralOptions> options, TimeProvider timeProvider)
    : IIntegrationEventHandler<MemberBanned>
{
    public const string InviteeBanned = "invitee_banned";

    public async Task HandleAsync(MemberBanned integrationEvent, CancellationToken cancellationToken)
    {
        var referral = await db.Set<Referral>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.InviteeId == integrationEvent.UserId && r.Status != ReferralStatus.Revoked, cancellationToken);
        if (referral is null || integrationEvent.OccurredAt > referral.AttributedAt.AddDays(options.Value.RevokeOnBanWithinDays))
        {
            return;
        }

        var reason = $"{InviteeBanned}: {integrationEvent.Reason}";
        reason = reason[..Math.Min(reason.Length, 600)];
        var eventId = Guid.CreateVersion7();
        var revoked = await db.Set<Referral>()
            .Where(r => r.Id == referral.Id && r.Status != ReferralStatus.Revoked)
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Status, ReferralStatus.Revoked)
                    .SetProperty(r => r.RevokedAt, integrationEvent.OccurredAt)
                    .SetProperty(r => r.RevokeReason, reason)
                    .SetProperty(r => r.RevokedEventId, eventId),
                cancellationToken);
        if (revoked == 0)
        {
            return;
        }

        db.AddIntegrationEvent(
            new ReferralRevoked(referral.Id, referral.InviteeId, referral.InviterId, reason) { EventId = eventId, OccurredAt = integrationEvent.OccurredAt },
            referral.Id,
            timeProvider);
        await db.SaveChangesAsync(cancellationToken);
    }
}
