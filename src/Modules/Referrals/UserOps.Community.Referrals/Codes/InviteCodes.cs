using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Referrals.Contracts;
using UserOps.Community.Referrals.Domain;

namespace UserOps.Community.Referrals.Codes;

/// <summary>Checks and redeems codes for registration; see docs/adr/0020-referral-attribution.md.</summary>
internal sealed class InviteCodes(CommunityDbContext db, IOptions<ReferralOptions> options, TimeProvider timeProvider) : IInviteCodes
{
    // Chains are short (people invite people); the bound only protects against a corrupted cycle.
    private const int MaxChainHops = 100;

    public async Task<InviteCodeCheck> CheckAsync(string code, CancellationToken cancellationToken)
    {
        var found = await FindAsync(code, cancellationToken);
        var reason = found is null ? InvalidReasons.NotFound : found.InvalidReason(timeProvider.GetUtcNow().UtcDateTime);
        return new InviteCodeCheck(reason is null, reason);
    }

    public async Task<InviteCodeCheck> RedeemAsync(string code, Guid inviteeId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var found = await FindAsync(code, cancellationToken);
        if ((found is null ? InvalidReasons.NotFound : found.InvalidReason(now) ?? await RelationshipProblemAsync(found, inviteeId, cancellationToken)) is { } reason)
        {
            return Invalid(reason);
        }

        // The use is taken by a conditional update, so concurrent sign-ups never overrun max uses or use a code revoked meanwhile.
        var taken = await db.Set<InviteCode>()
            .Where(c => c.Id == found!.Id && c.RevokedAt == null && (c.ExpiresAt == null || c.ExpiresAt > now) && (c.MaxUses == null || c.Uses < c.MaxUses))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Uses, c => c.Uses + 1), cancellationToken);
        if (taken == 0)
        {
            var current = await db.Set<InviteCode>().AsNoTracking().FirstAsync(c => c.Id == found!.Id, cancellationToken);
            return Invalid(current.InvalidReason(now) ?? InvalidReasons.Exhausted);
        }

        var referral = new Referral
        {
            InviteeId = inviteeId,
            InviterId = found!.OwnerId,
            CodeId = found.Id,
            Code = found.Code,
            CodeKind = found.Kind,
            Channel = found.Channel,
            GroupId = found.GroupId,
            AttributedAt = now,
            ActivationDeadline = now.AddDays(options.Value.Activation.WindowDays),
        };
        db.Add(referral);
        db.AddIntegrationEvent(
            new ReferralAttributed(referral.Id, inviteeId, referral.InviterId, referral.Code, referral.Channel, referral.GroupId) { OccurredAt = now },
            referral.Id,
            timeProvider);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            return Invalid(InvalidReasons.AlreadyAttributed);
        }

        return new InviteCodeCheck(true, null);
    }

    private Task<InviteCode?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var normalized = InviteCode.Normalize(code);
        return db.Set<InviteCode>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == normalized, cancellationToken);
    }

    // Registration makes the invitee a brand-new account, so these cannot happen there; the service refuses them for any caller.
    private async Task<string?> RelationshipProblemAsync(InviteCode code, Guid inviteeId, CancellationToken cancellationToken)
    {
        if (code.OwnerId == inviteeId)
        {
            return InvalidReasons.SelfReferral;
        }

        if (await db.Set<Referral>().AnyAsync(r => r.InviteeId == inviteeId, cancellationToken))
        {
            return InvalidReasons.AlreadyAttributed;
        }

        var ancestor = code.OwnerId;
        for (var hop = 0; ancestor is { } current && hop < MaxChainHops; hop++)
        {
            ancestor = await db.Set<Referral>().Where(r => r.InviteeId == current).Select(r => r.InviterId).FirstOrDefaultAsync(cancellationToken);
            if (ancestor == inviteeId)
            {
                return InvalidReasons.Loop;
            }
        }

        return null;
    }

    private static InviteCodeCheck Invalid(string reason) => new(false, reason);
}
