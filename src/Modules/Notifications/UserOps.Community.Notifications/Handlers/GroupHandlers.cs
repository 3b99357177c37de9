using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Notifications.Contracts;
using UserOps.Community.Notifications.Domain;
using UserOps.Community.Notifications.Notifying;
using UserOps.Community.Notifications.Realtime;

namespace UserOps.Community.Notifications.Handlers;

/// <summary>Membership: live joins, join decisions, and taking a group's stream away from those who lost access.</summary>
internal sealed class GroupHandlers(
    Notifier notifier, IGroupAccessQuery access, SubscriptionStore subscriptions, LiveCoalescer live, AfterCommitActions afterCommit, PushQueue pushes) :
    IIntegrationEventHandler<MemberJoined>,
    IIntegrationEventHandler<MemberLeft>,
    IIntegrationEventHandler<MemberRemoved>,
    IIntegrationEventHandler<JoinRequestDecided>,
    IIntegrationEventHandler<GroupUpdated>
{
    public Task HandleAsync(MemberJoined e, CancellationToken cancellationToken)
    {
        var message = new MemberJoinedMessage(e.GroupId, e.UserId, e.Via, e.OccurredAt);
        afterCommit.Add(() => pushes.ToGroup(e.GroupId, RealtimeMethods.MemberJoined, message));
        return Task.CompletedTask;
    }

    // Leaving a public group keeps its public stream; leaving a private one does not.
    public async Task HandleAsync(MemberLeft e, CancellationToken cancellationToken)
    {
        var group = await access.GetAsync(e.GroupId, new Viewer(e.UserId, false), cancellationToken);
        if (group is null || !group.CanView)
        {
            await RevokeAsync(e.GroupId, e.UserId, cancellationToken);
        }
    }

    // A removed (or banned) member stops receiving the group's events, even from a public group's stream.
    public Task HandleAsync(MemberRemoved e, CancellationToken cancellationToken) => RevokeAsync(e.GroupId, e.UserId, cancellationToken);

    public Task HandleAsync(JoinRequestDecided e, CancellationToken cancellationToken) => notifier.NotifyAsync(
        new NotificationRequest(e.UserId, NotificationKinds.JoinRequestDecided, $"join:{e.UserId}:{e.RequestId}", e.DecidedBy, e.GroupId, e.RequestId,
            new Dictionary<string, string> { ["approved"] = e.Approved ? "true" : "false" }),
        cancellationToken);

    // A group turned private keeps only its members' subscriptions (site moderators may subscribe again).
    public async Task HandleAsync(GroupUpdated e, CancellationToken cancellationToken)
    {
        if (e.IsPublic)
        {
            return;
        }

        var subscribers = await subscriptions.SubscribersOfAsync(e.GroupId, cancellationToken);
        var members = (await access.FilterMembersAsync(e.GroupId, [.. subscribers.Select(s => s.UserId).Distinct()], cancellationToken)).ToHashSet();
        foreach (var outsider in subscribers.Select(s => s.UserId).Distinct().Where(u => !members.Contains(u)))
        {
            await RevokeAsync(e.GroupId, outsider, cancellationToken);
        }
    }

    private async Task RevokeAsync(Guid groupId, Guid userId, CancellationToken cancellationToken)
    {
        var connections = await subscriptions.ConnectionsOfAsync(groupId, userId, cancellationToken);
        if (connections.Count == 0)
        {
            return;
        }

        await subscriptions.DeleteAsync(connections, groupId, cancellationToken);
        afterCommit.Add(() =>
        {
            foreach (var connectionId in connections)
            {
                pushes.RemoveFromGroup(connectionId, groupId);
            }

            live.PresenceChanged(groupId);
        });
    }
}
