using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Referrals.Domain;

namespace UserOps.Community.Referrals.Activation;

/// <summary>
/// What a delivery's events mean for activation, applied at its end (ADR 0044): one query finds which of the members
/// involved are invitees still waiting to activate, and only their signals reach the activator, in event order. Before,
/// every post and check-in of every member cost a referral lookup of its own.
/// </summary>
internal sealed class ActivationQueue(CommunityDbContext db, ReferralActivator activator) : IDeliveryCommitStep
{
    private readonly List<QueuedSignal> _queued = [];

    public void Record(Guid inviteeId, SignalKind kind, string key, DateTime occurredAt) =>
        _queued.Add(new QueuedSignal(inviteeId, kind, key, occurredAt, Withdrawn: false));

    public void Withdraw(Guid inviteeId, string key) =>
        _queued.Add(new QueuedSignal(inviteeId, default, key, default, Withdrawn: true));

    public async Task BeforeCommitAsync(CancellationToken cancellationToken)
    {
        if (_queued.Count == 0)
        {
            return;
        }

        var signals = _queued.ToList();
        _queued.Clear();
        var members = signals.Select(s => s.InviteeId).Distinct().ToList();
        var waiting = (await db.Set<Referral>().AsNoTracking()
                .Where(r => members.Contains(r.InviteeId) && r.Status == ReferralStatus.Registered)
                .Select(r => r.InviteeId)
                .ToListAsync(cancellationToken))
            .ToHashSet();
        foreach (var signal in signals.Where(s => waiting.Contains(s.InviteeId)))
        {
            await (signal.Withdrawn
                ? activator.WithdrawAsync(signal.InviteeId, signal.Key, cancellationToken)
                : activator.RecordAsync(signal.InviteeId, signal.Kind, signal.Key, signal.OccurredAt, cancellationToken));
        }
    }

    private sealed record QueuedSignal(Guid InviteeId, SignalKind Kind, string Key, DateTime OccurredAt, bool Withdrawn);
}
