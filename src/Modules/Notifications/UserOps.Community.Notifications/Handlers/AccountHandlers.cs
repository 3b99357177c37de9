using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.Notifications.Contracts;
using UserOps.Community.Notifications.Realtime;

namespace UserOps.Community.Notifications.Handlers;

/// <summary>A banned member's open connections lose every group stream and are told to close.</summary>
internal sealed class AccountHandlers(SubscriptionStore subscriptions, LiveCoalescer live, AfterCommitActions afterCommit, PushQueue pushes) :
    IIntegrationEventHandler<MemberBanned>
{
    public async Task HandleAsync(MemberBanned e, CancellationToken cancellationToken)
    {
        var removed = await subscriptions.RemoveMemberAsync(e.UserId, cancellationToken);
        afterCommit.Add(() =>
        {
            foreach (var subscription in removed)
            {
                pushes.RemoveFromGroup(subscription.ConnectionId, subscription.GroupId);
            }

            foreach (var groupId in removed.Select(s => s.GroupId).Distinct())
            {
                live.PresenceChanged(groupId);
            }

            pushes.ToUser(e.UserId, RealtimeMethods.SessionEnded, new SessionEndedMessage("banned"));
        });
    }
}
