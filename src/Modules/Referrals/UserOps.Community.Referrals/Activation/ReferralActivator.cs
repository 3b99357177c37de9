using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Time;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.Referrals.Contracts;
using UserOps.Community.Referrals.Domain;

namespace UserOps.Community.Referrals.Activation;

/// <summary>
/// Records what an invitee did and activates the referral once the criterion is met. Runs in the outbox handler's
/// transaction; the status moves Registered → Activated by a conditional update, so ReferralActivated is raised once.
/// </summary>
internal sealed class ReferralActivator(CommunityDbContext db, IUserDirectory users, IOptions<ReferralOptions> options, TimeProvider timeProvider)
{
    public async Task RecordAsync(Guid inviteeId, SignalKind kind, string key, DateTime occurredAt, CancellationToken cancellationToken)
    {
        var referral = await db.Set<Referral>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.InviteeId == inviteeId && r.Status == ReferralStatus.Registered, cancellationToken);
        if (referral is null || occurredAt > referral.ActivationDeadline)
        {
            return;
        }

        // The referral's row lock orders concurrent deliveries for one invitee (a post and a profile update handled by
        // two workers): without it each counted only its own uncommitted signal and neither activated the referral.
        if (await db.Set<Referral>().Where(r => r.Id == referral.Id && r.Status == ReferralStatus.Registered)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ReferralStatus.Registered), cancellationToken) == 0)
        {
            return;
        }

        if (!await AddSignalAsync(referral.Id, kind, key, occurredAt, cancellationToken))
        {
            return;
        }

        var counts = await db.Set<ActivationSignal>().Where(s => s.ReferralId == referral.Id)
            .GroupBy(s => s.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Count(SignalKind k) => counts.FirstOrDefault(c => c.Kind == k)?.Count ?? 0;
        if (!ActivationRules.IsMet(options.Value.Activation, Count(SignalKind.ProfileComplete) > 0, Count(SignalKind.Post), Count(SignalKind.CheckIn)))
        {
            return;
        }

        await ActivateAsync(referral, occurredAt, cancellationToken);
    }

    /// <summary>A removed post no longer counts towards an activation that has not happened yet.</summary>
    public async Task WithdrawAsync(Guid inviteeId, string key, CancellationToken cancellationToken)
    {
        var pending = db.Set<Referral>().Where(r => r.InviteeId == inviteeId && r.Status == ReferralStatus.Registered).Select(r => r.Id);
        await db.Set<ActivationSignal>().Where(s => pending.Contains(s.ReferralId) && s.Key == key).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<bool> AddSignalAsync(Guid referralId, SignalKind kind, string key, DateTime occurredAt, CancellationToken cancellationToken)
    {
        if (await db.Set<ActivationSignal>().AnyAsync(s => s.ReferralId == referralId && s.Key == key, cancellationToken))
        {
            return false;
        }

        var signal = db.Add(new ActivationSignal { ReferralId = referralId, Key = key, Kind = kind, OccurredAt = occurredAt });
        await db.SaveChangesAsync(cancellationToken);
        signal.State = EntityState.Detached;
        return true;
    }

    private async Task ActivateAsync(Referral referral, DateTime occurredAt, CancellationToken cancellationToken)
    {
        DateOnly? rewardDate = null;
        var capped = false;
        if (referral.InviterId is { } inviterId)
        {
            await LockInviterAsync(inviterId, cancellationToken);
            var day = LocalCalendar.LocalDate(new DateTimeOffset(occurredAt, TimeSpan.Zero), (await users.FindAsync(inviterId, cancellationToken))?.TimeZone);
            capped = !await UnderCapsAsync(inviterId, day, cancellationToken);
            rewardDate = capped ? null : day;
        }

        var eventId = Guid.CreateVersion7();
        var activated = await db.Set<Referral>()
            .Where(r => r.Id == referral.Id && r.Status == ReferralStatus.Registered)
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Status, ReferralStatus.Activated)
                    .SetProperty(r => r.ActivatedAt, occurredAt)
                    .SetProperty(r => r.ActivatedEventId, eventId)
                    .SetProperty(r => r.InviterCapped, capped)
                    .SetProperty(r => r.InviterRewardDate, rewardDate),
                cancellationToken);
        if (activated == 0)
        {
            return;
        }

        db.AddIntegrationEvent(
            new ReferralActivated(referral.Id, referral.InviteeId, referral.InviterId, referral.Code, referral.Channel)
            {
                EventId = eventId, OccurredAt = occurredAt, InviterCapped = capped,
            },
            referral.Id,
            timeProvider);
        await db.SaveChangesAsync(cancellationToken);
    }

    // Revoked referrals still count: a farm that gets banned must not free its cap for the next batch of accounts.
    private async Task<bool> UnderCapsAsync(Guid inviterId, DateOnly day, CancellationToken cancellationToken)
    {
        var caps = options.Value.Caps;
        var rewarded = db.Set<Referral>().Where(r => r.InviterId == inviterId && r.InviterRewardDate != null);
        if (caps.PerInviterPerDay is not null
            && !ActivationRules.UnderCap(caps.PerInviterPerDay, await rewarded.CountAsync(r => r.InviterRewardDate == day, cancellationToken)))
        {
            return false;
        }

        var monthStart = new DateOnly(day.Year, day.Month, 1);
        var nextMonth = monthStart.AddMonths(1);
        return caps.PerInviterPerMonth is null
            || ActivationRules.UnderCap(
                caps.PerInviterPerMonth,
                await rewarded.CountAsync(r => r.InviterRewardDate >= monthStart && r.InviterRewardDate < nextMonth, cancellationToken));
    }

    // Same pattern as Growth's ledger: a no-op update takes the row lock; the row is created on first use.
    private async Task LockInviterAsync(Guid inviterId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (await TouchAsync(inviterId, now, cancellationToken) > 0)
        {
            return;
        }

        var tally = db.Add(new InviterTally { InviterId = inviterId, UpdatedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Another transaction created it first; wait for its lock like everyone else.
            tally.State = EntityState.Detached;
            await TouchAsync(inviterId, now, cancellationToken);
            return;
        }

        tally.State = EntityState.Detached;
    }

    private Task<int> TouchAsync(Guid inviterId, DateTime now, CancellationToken cancellationToken) =>
        db.Set<InviterTally>().Where(t => t.InviterId == inviterId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UpdatedAt, now), cancellationToken);
}
