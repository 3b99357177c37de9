using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.Notifications.Reactions;

namespace UserOps.Community.Notifications.Notifying;

/// <summary>Writes what the delivery's handlers queued: reaction counts first, since crossing a milestone queues a notification.</summary>
internal sealed class NotificationsCommitStep(ReactionTally reactions, Notifier notifier) : IDeliveryCommitStep
{
    public async Task BeforeCommitAsync(CancellationToken cancellationToken)
    {
        await reactions.FlushAsync(cancellationToken);
        await notifier.FlushAsync(cancellationToken);
    }
}
