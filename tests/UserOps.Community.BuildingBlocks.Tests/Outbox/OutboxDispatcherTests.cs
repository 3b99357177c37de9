using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Testing;

namespace UserOps.Community.BuildingBlocks.Tests.Outbox;

public sealed class OutboxDispatcherTests
{
    [Fact]
    public async Task Given_a_running_dispatcher_with_a_ten_minute_poll_When_an_event_is_committed_Then_it_is_handled_promptly()
    {
        await using var database = await TestDatabases.CreateEmptyAsync();
        await using var host = OutboxHost.Create(database, o => o.PollInterval = TimeSpan.FromMinutes(10), time: TimeProvider.System);
        await host.EnsureSchemaAsync();
        await host.StartAsync();

        // The first event may be picked up by the dispatcher's start-up pass; the second can only be a wake-up.
        foreach (var value in new[] { 1, 2 })
        {
            host.Probe.Handled = new TaskCompletionSource<Guid>(TaskCreationOptions.RunContinuationsAsynchronously);
            var aggregate = new TestAggregate();
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
                await using var transaction = await db.Database.BeginTransactionAsync();
                aggregate.Bump(DateTime.UtcNow);
                db.Add(aggregate);
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            }

            var handled = await host.Probe.Handled.Task.WaitAsync(TimeSpan.FromSeconds(10));

            // The handler runs before its transaction commits: wait for the dispatcher's batch, not for a poll.
            await host.DrainAsync();
            var effects = await host.EffectsAsync();
            Assert.Contains(effects, e => e.MessageId == handled && e.AggregateId == aggregate.Id);
        }
    }
}
