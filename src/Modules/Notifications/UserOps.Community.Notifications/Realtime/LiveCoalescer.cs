using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UserOps.Community.Engagement.Contracts;
using UserOps.Community.Notifications.Contracts;

namespace UserOps.Community.Notifications.Realtime;

/// <summary>
/// Collects "something changed" marks for fast-moving figures (presence, check-in counts, leaderboards) and
/// sends each at most once per tick (1 s) with the value read at send time, however many changes arrived.
/// </summary>
internal sealed class LiveCoalescer
{
    private readonly ConcurrentDictionary<Guid, byte> _presence = new();
    private readonly ConcurrentDictionary<(Guid GroupId, DateOnly Day), byte> _checkIns = new();
    private int _leaderboard;

    public void PresenceChanged(Guid groupId) => _presence.TryAdd(groupId, 0);

    public void CheckInCountChanged(Guid groupId, DateOnly day) => _checkIns.TryAdd((groupId, day), 0);

    public void LeaderboardChanged() => Interlocked.Exchange(ref _leaderboard, 1);

    public IReadOnlyList<Guid> TakePresence() => Take(_presence);

    public IReadOnlyList<(Guid GroupId, DateOnly Day)> TakeCheckIns() => Take(_checkIns);

    public bool TakeLeaderboard() => Interlocked.Exchange(ref _leaderboard, 0) == 1;

    /// <summary>Whether a leaderboard change is waiting, without taking it.</summary>
    public bool LeaderboardPending => Volatile.Read(ref _leaderboard) == 1;

    private static List<TKey> Take<TKey>(ConcurrentDictionary<TKey, byte> marks)
        where TKey : notnull
    {
        var keys = marks.Keys.ToList();
        foreach (var key in keys)
        {
            marks.TryRemove(key, out _);
        }

        return keys;
    }
}

/// <summary>Flushes the coalescer every second and keeps this instance's hub subscriptions alive.</summary>
internal sealed class LiveFlusher(
    LiveCoalescer coalescer, PushQueue queue, IServiceScopeFactory scopeFactory, TimeProvider timeProvider, ILogger<LiveFlusher> logger)
    : BackgroundService
{
    public static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);

    // leaderboardChanged goes to every connection: at most every 5 s, so busy sites do not double their fan-out.
    public static readonly TimeSpan LeaderboardEvery = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan HeartbeatEvery = TimeSpan.FromMinutes(1);
    private DateTimeOffset _lastLeaderboard = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Tick, timeProvider);
        var lastHeartbeat = timeProvider.GetUtcNow();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await FlushAsync(stoppingToken);
                if (timeProvider.GetUtcNow() - lastHeartbeat >= HeartbeatEvery)
                {
                    lastHeartbeat = timeProvider.GetUtcNow();
                    await using var scope = scopeFactory.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<SubscriptionStore>().HeartbeatAsync(stoppingToken);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Flushing live figures failed");
            }
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        var presence = coalescer.TakePresence();
        var checkIns = coalescer.TakeCheckIns();
        if (coalescer.LeaderboardPending && timeProvider.GetUtcNow() - _lastLeaderboard >= LeaderboardEvery && coalescer.TakeLeaderboard())
        {
            _lastLeaderboard = timeProvider.GetUtcNow();
            queue.ToAll(RealtimeMethods.LeaderboardChanged, new LeaderboardChangedMessage(timeProvider.GetUtcNow().UtcDateTime));
        }

        if (presence.Count == 0 && checkIns.Count == 0)
        {
            return;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<SubscriptionStore>();
        foreach (var groupId in presence)
        {
            var (online, members) = await store.PresenceAsync(groupId, 50, cancellationToken);
            queue.ToGroup(groupId, RealtimeMethods.PresenceChanged, new PresenceChangedMessage(groupId, online, members));
        }

        // The Engagement module provides the counts; without it there is nothing to send.
        var counts = scope.ServiceProvider.GetService<ICheckInCounts>();
        if (counts is null)
        {
            return;
        }

        foreach (var (groupId, day) in checkIns)
        {
            var count = await counts.GetAsync(day, groupId, cancellationToken);
            queue.ToGroup(groupId, RealtimeMethods.CheckInCountChanged, new CheckInCountChangedMessage(groupId, day, count));
        }
    }
}
