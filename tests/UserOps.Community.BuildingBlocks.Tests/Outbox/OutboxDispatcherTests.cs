using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Outbox;
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

    [Theory]
    [InlineData(500, 8)]
    [InlineData(0, int.MaxValue)]
    public async Task Given_a_trickle_of_commits_When_the_dispatcher_lingers_Then_they_are_delivered_once_each_in_a_few_batches(
        int lingerMs, int maxDeliveries)
    {
        await using var database = await TestDatabases.CreateEmptyAsync();
        await using var host = OutboxHost.Create(
            database,
            o => (o.PollInterval, o.Linger) = (TimeSpan.FromMinutes(10), TimeSpan.FromMilliseconds(lingerMs)),
            services => services.AddScoped<IDeliveryCommitStep, SummarisingCommitStep>(),
            TimeProvider.System);
        await host.EnsureSchemaAsync();
        await host.StartAsync();

        // Thirty commits 10 ms apart, each waking the dispatcher: a trickle, not a backlog.
        var aggregate = Guid.CreateVersion7();
        var eventIds = new List<Guid>();
        for (var value = 1; value <= 30; value++)
        {
            eventIds.AddRange(await host.PublishAsync(aggregate, value));
            await Task.Delay(10);
        }

        var deadline = DateTime.UtcNow.AddSeconds(20);
        List<TestEffect> effects;
        do
        {
            await Task.Delay(50);
            effects = await host.EffectsAsync();
        }
        while (DateTime.UtcNow < deadline && eventIds.Except(effects.Select(e => e.MessageId)).Any());

        var handled = effects.Where(e => e.Handler != "step").ToList();
        Assert.Equal(eventIds.Order(), handled.Select(e => e.MessageId).Distinct().Order());
        Assert.Equal(handled.Count, handled.Select(e => (e.MessageId, e.Handler)).Distinct().Count());
        foreach (var handler in handled.Select(e => e.Handler).Distinct())
        {
            Assert.Equal(Enumerable.Range(1, 30), handled.Where(e => e.Handler == handler).OrderBy(e => e.Sequence).Select(e => e.Value));
        }

        // One summary row per delivery transaction (both lanes): lingering gathers the trickle into a few of them.
        // (Measured: 2 with the 500 ms linger; 27–30 without it.)
        Assert.InRange(effects.Count(e => e.Handler == "step"), 1, maxDeliveries);
    }
}
