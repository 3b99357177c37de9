using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Testing;

namespace UserOps.Community.BuildingBlocks.Tests.Outbox;

/// <summary>Only commits that wrote outbox rows wake the dispatcher; its own empty claims must not, or it spins when idle.</summary>
public sealed class OutboxSignalTests
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task Given_commits_without_events_and_an_empty_claim_Then_no_lane_is_woken_and_a_commit_with_an_event_wakes_every_lane()
    {
        await using var database = await TestDatabases.CreateEmptyAsync();
        await using var host = OutboxHost.Create(database, o => o.DispatcherEnabled = false);
        await host.EnsureSchemaAsync();
        var signal = host.Services.GetRequiredService<OutboxSignal>();
        await DrainWakeUpsAsync(signal);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Add(new TestEffect { Handler = "no-event", Instance = "test" });
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await host.DrainAsync();
        foreach (var lane in OutboxLanes.All)
        {
            Assert.False(await signal.WaitAsync(lane, Short, CancellationToken.None), $"{lane} woken without an event");
        }

        await host.PublishAsync(Guid.NewGuid(), 1);
        foreach (var lane in OutboxLanes.All)
        {
            Assert.True(await signal.WaitAsync(lane, Short, CancellationToken.None), $"{lane} not woken by an event");
        }
    }

    private static async Task DrainWakeUpsAsync(OutboxSignal signal)
    {
        foreach (var lane in OutboxLanes.All)
        {
            await signal.WaitAsync(lane, TimeSpan.FromMilliseconds(10), CancellationToken.None);
        }
    }
}
