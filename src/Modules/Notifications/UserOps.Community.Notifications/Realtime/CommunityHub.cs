using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.Notifications.Contracts;
using UserOps.Community.Notifications.Notifying;

namespace UserOps.Community.Notifications.Realtime;

/// <summary>The one hub at /hubs/community. Clients subscribe to groups they may see; pushes come from event handlers.</summary>
[Authorize]
internal sealed class CommunityHub(IGroupAccessQuery access, IUserDirectory users, SubscriptionStore subscriptions, LiveCoalescer live) : Hub
{
    public const string Path = "/hubs/community";

    // Announcements go out once per language; a locale changed later applies from the next connection.
    public override async Task OnConnectedAsync()
    {
        var member = await users.FindAsync(Context.User!.GetUserId(), Context.ConnectionAborted);
        var language = NotificationTexts.IsChinese(member?.Locale) ? HubGroups.Chinese : HubGroups.English;
        await Groups.AddToGroupAsync(Context.ConnectionId, language, Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }

    public async Task<GroupSubscription> SubscribeGroup(Guid groupId)
    {
        var viewer = Context.User!.ToViewer();
        // The connection authenticated before a ban may have happened; the database has the last word.
        if (await users.IsBannedAsync(viewer.UserId!.Value, Context.ConnectionAborted))
        {
            throw new HubException("account_banned: this account is banned.");
        }

        var group = await access.GetAsync(groupId, viewer, Context.ConnectionAborted);
        // Private groups look exactly like missing ones to outsiders, as in the HTTP API.
        if (group is null || !group.CanView)
        {
            throw new HubException("group_not_found: no such group, or it is private.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.ForGroup(groupId), Context.ConnectionAborted);
        await subscriptions.AddAsync(Context.ConnectionId, groupId, viewer.UserId!.Value, Context.ConnectionAborted);
        live.PresenceChanged(groupId);
        return new GroupSubscription(groupId, await subscriptions.CountOnlineAsync(groupId, Context.ConnectionAborted));
    }

    public async Task UnsubscribeGroup(Guid groupId)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, HubGroups.ForGroup(groupId), Context.ConnectionAborted);
        if (await subscriptions.RemoveAsync(Context.ConnectionId, groupId, Context.ConnectionAborted))
        {
            live.PresenceChanged(groupId);
        }
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var groupId in await subscriptions.RemoveConnectionAsync(Context.ConnectionId, CancellationToken.None))
        {
            live.PresenceChanged(groupId);
        }

        await base.OnDisconnectedAsync(exception);
    }
}
