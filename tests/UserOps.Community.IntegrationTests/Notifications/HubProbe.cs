using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.IntegrationTests.Infrastructure;
using UserOps.Community.Notifications.Contracts;

namespace UserOps.Community.IntegrationTests.Notifications;

/// <summary>
/// A real SignalR client connected to the test server over WebSockets, with the bearer token in the
/// access_token query string as browser clients send it. Records every server-to-client message.
/// </summary>
public sealed class HubProbe : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Method, object Payload)> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private HubProbe(HubConnection connection)
    {
        Connection = connection;
        Listen<PostPublishedMessage>(RealtimeMethods.PostPublished);
        Listen<PostUpdatedMessage>(RealtimeMethods.PostUpdated);
        Listen<CommentPostedMessage>(RealtimeMethods.CommentPosted);
        Listen<ReactionsChangedMessage>(RealtimeMethods.ReactionsChanged);
        Listen<MemberJoinedMessage>(RealtimeMethods.MemberJoined);
        Listen<CheckInCountChangedMessage>(RealtimeMethods.CheckInCountChanged);
        Listen<PresenceChangedMessage>(RealtimeMethods.PresenceChanged);
        Listen<LeaderboardChangedMessage>(RealtimeMethods.LeaderboardChanged);
        Listen<NotificationMessage>(RealtimeMethods.Notification);
        Listen<SessionEndedMessage>(RealtimeMethods.SessionEnded);
    }

    public HubConnection Connection { get; }

    public static Task<HubProbe> ConnectAsync(CommunityApiFactory factory, string accessToken, bool messagePack = false) =>
        ConnectAsync(factory, $"hubs/community?access_token={Uri.EscapeDataString(accessToken)}", cookie: null, messagePack);

    /// <summary>As the web client does: no token, the HttpOnly sign-in cookie on the WebSocket request.</summary>
    public static Task<HubProbe> ConnectWithCookieAsync(CommunityApiFactory factory, string cookie) =>
        ConnectAsync(factory, "hubs/community", cookie, messagePack: false);

    private static async Task<HubProbe> ConnectAsync(CommunityApiFactory factory, string path, string? cookie, bool messagePack)
    {
        var server = factory.Server;
        var builder = new HubConnectionBuilder().WithUrl(new Uri(server.BaseAddress, path), options =>
        {
            options.Transports = HttpTransportType.WebSockets;
            options.SkipNegotiation = true;
            options.WebSocketFactory = (context, cancellationToken) =>
            {
                var client = server.CreateWebSocketClient();
                if (cookie is not null)
                {
                    client.ConfigureRequest = request => request.Headers.Cookie = cookie;
                }

                return new ValueTask<System.Net.WebSockets.WebSocket>(client.ConnectAsync(context.Uri, cancellationToken));
            };
        });
        if (messagePack)
        {
            builder.AddMessagePackProtocol();
        }

        var probe = new HubProbe(builder.Build());
        await probe.Connection.StartAsync();
        return probe;
    }

    public static Task<HubProbe> ConnectAsync(CommunityApiFactory factory, SignedInMember member, bool messagePack = false) =>
        ConnectAsync(factory, member.Tokens.AccessToken, messagePack);

    public Task<GroupSubscription> SubscribeAsync(Guid groupId) => Connection.InvokeAsync<GroupSubscription>("SubscribeGroup", groupId);

    public Task UnsubscribeAsync(Guid groupId) => Connection.InvokeAsync("UnsubscribeGroup", groupId);

    public IReadOnlyList<T> Received<T>(string method) => [.. _received.Where(r => r.Method == method).Select(r => (T)r.Payload)];

    /// <summary>Waits until a message of <paramref name="method"/> matching <paramref name="match"/> has arrived.</summary>
    /// <param name="skip">How many earlier messages of <paramref name="method"/> to pass over, to wait for a later one.</param>
    public async Task<T> WaitForAsync<T>(string method, Func<T, bool> match, TimeSpan? timeout = null, int skip = 0)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var found = _received.Where(r => r.Method == method).Skip(skip).Select(r => (T)r.Payload).FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            try
            {
                await _arrived.WaitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"No {method} message arrived in time; received: {string.Join(", ", _received.Select(r => r.Method))}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        _arrived.Dispose();
    }

    private void Listen<T>(string method) => Connection.On<T>(method, payload =>
    {
        _received.Enqueue((method, payload!));
        _arrived.Release();
    });
}

public static class NotificationsApi
{
    /// <summary>Raises an integration event as a module would: written to the outbox with a state change, then delivered.</summary>
    public static async Task RaiseAsync(this CommunityApiFactory factory, params BuildingBlocks.Events.IIntegrationEvent[] events)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BuildingBlocks.Persistence.CommunityDbContext>();
            foreach (var integrationEvent in events)
            {
                BuildingBlocks.Outbox.OutboxExtensions.AddIntegrationEvent(db, integrationEvent, Guid.CreateVersion7(), scope.ServiceProvider.GetRequiredService<TimeProvider>());
            }

            await db.SaveChangesAsync();
        }

        await factory.DrainOutboxAsync();
    }
}
