using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Testing;

namespace UserOps.Community.BuildingBlocks.Tests.Outbox;

public sealed class OutboxLaneTests
{
    private static void AddRealtimeHandler(IServiceCollection services)
    {
        services.AddSingleton<LaneGate>();
        services.AddIntegrationEventHandler<SomethingHappened, RealtimeHandler>(OutboxLane.Realtime);
    }

    [Fact]
    public async Task Given_handlers_in_two_lanes_When_an_event_is_saved_both_ways_Then_it_is_stored_once_per_lane_and_each_handler_applies_it_once()
    {
        await using var database = await TestDatabases.CreateEmptyAsync();
        await using var host = OutboxHost.Create(database, services: AddRealtimeHandler);
        await host.EnsureSchemaAsync();
        var aggregate = new TestAggregate();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            aggregate.Bump(host.Time.GetUtcNow().UtcDateTime);
            db.Add(aggregate);
            await db.SaveChangesAsync();
        }

        var direct = await host.PublishAsync(Guid.NewGuid(), 7);

        await host.DrainAsync();
        await host.DrainAsync();

        var messages = await host.QueryAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
        Assert.Equal(4, messages.Count);
        Assert.All(messages.GroupBy(m => m.MessageId), g => Assert.Equal([OutboxLane.Default, OutboxLane.Realtime], g.Select(m => m.Lane).Order()));
        Assert.All(messages, m => Assert.Equal(OutboxStatus.Processed, m.Status));
        var effects = await host.EffectsAsync();
        Assert.Equal(6, effects.Count);
        Assert.All(effects.GroupBy(e => e.MessageId), g => Assert.Equal(["first", "realtime", "second"], g.Select(e => e.Handler).Order()));
        Assert.Contains(effects, e => e.MessageId == direct[0]);
    }

    // On a server database the lanes deliver in parallel. SQLite has one writer, and a delivery holds it from its
    // first statement, so there the real-time lane runs before or after the held batch: only delivery is checked.
    [Fact]
    public async Task Given_the_default_lane_held_by_a_slow_handler_When_an_event_is_committed_Then_the_realtime_lane_delivers_it_meanwhile_on_a_server_database()
    {
        await using var database = await TestDatabases.CreateEmptyAsync();
        await using var host = OutboxHost.Create(
            database,
            time: TimeProvider.System,
            services: services =>
            {
                AddRealtimeHandler(services);
                services.AddIntegrationEventHandler<SomethingHappened, SlowDefaultHandler>();
            });
        await host.EnsureSchemaAsync();
        var gate = host.Services.GetRequiredService<LaneGate>();
        await host.StartAsync();

        var published = await host.PublishAsync(Guid.NewGuid(), 1);
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            gate.Release.SetResult();
        }

        var pushed = await gate.RealtimeHandled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(published[0], pushed);
        gate.Release.TrySetResult();
        await host.DrainAsync();
        var effects = await host.EffectsAsync();
        Assert.Equal(["first", "realtime", "second", "slow-default"], effects.Select(e => e.Handler).Order());
    }
}
