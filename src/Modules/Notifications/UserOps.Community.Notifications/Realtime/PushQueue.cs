using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace UserOps.Community.Notifications.Realtime;

/// <summary>
/// Pushes waiting to be sent. Handlers enqueue only after their delivery transaction committed
/// (through AfterCommitActions), so the dispatcher never waits on the network and a rollback sends nothing.
/// </summary>
internal sealed class PushQueue
{
    private readonly Channel<Func<IHubContext<CommunityHub>, Task>> _channel =
        Channel.CreateUnbounded<Func<IHubContext<CommunityHub>, Task>>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(Func<IHubContext<CommunityHub>, Task> push) => _channel.Writer.TryWrite(push);

    public void ToGroup(Guid groupId, string method, object payload) =>
        Enqueue(hub => hub.Clients.Group(HubGroups.ForGroup(groupId)).SendAsync(method, payload));

    public void ToUser(Guid userId, string method, object payload) =>
        Enqueue(hub => hub.Clients.User(userId.ToString()).SendAsync(method, payload));

    public void ToLanguage(string languageGroup, string method, object payload) =>
        Enqueue(hub => hub.Clients.Group(languageGroup).SendAsync(method, payload));

    public void ToAll(string method, object payload) => Enqueue(hub => hub.Clients.All.SendAsync(method, payload));

    /// <summary>Takes a group's stream away from a connection; with Redis the backplane reaches whichever instance holds it.</summary>
    public void RemoveFromGroup(string connectionId, Guid groupId) =>
        Enqueue(hub => hub.Groups.RemoveFromGroupAsync(connectionId, HubGroups.ForGroup(groupId)));

    public ChannelReader<Func<IHubContext<CommunityHub>, Task>> Reader => _channel.Reader;
}

/// <summary>Sends queued pushes in order; a failed send is logged and dropped (the notification centre keeps the record).</summary>
internal sealed class PushSender(PushQueue queue, IHubContext<CommunityHub> hub, ILogger<PushSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var push in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await push(hub);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "A real-time push failed");
            }
        }
    }
}
