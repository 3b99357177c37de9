using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Testing;

namespace UserOps.Community.BuildingBlocks.Tests.Outbox;

/// <summary>Writes one summary row per delivery: how many handler effects that delivery's scope was about to save.</summary>
public sealed class SummarisingCommitStep(CommunityDbContext db) : IDeliveryCommitStep
{
    public Task BeforeCommitAsync(CancellationToken cancellationToken)
    {
        var pending = db.ChangeTracker.Entries<TestEffect>().Count(e => e.State == Microsoft.EntityFrameworkCore.EntityState.Added);
        db.Add(new TestEffect { Handler = "step", Value = pending, Instance = "step", Sequence = long.MaxValue });
        return Task.CompletedTask;
    }
}

public sealed class DeliveryCommitStepTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private OutboxHost _host = null!;

    public async Task InitializeAsync() => _database = await TestDatabases.CreateEmptyAsync();

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task<OutboxHost> StartHostAsync()
    {
        _host = OutboxHost.Create(_database, services: s => s.AddScoped<IDeliveryCommitStep, SummarisingCommitStep>());
        await _host.EnsureSchemaAsync();
        return _host;
    }

    [Fact]
    public async Task Given_a_batch_delivered_together_Then_the_commit_step_runs_once_after_every_handler_and_commits_with_them()
    {
        var host = await StartHostAsync();
        await host.PublishAsync(Guid.CreateVersion7(), 1, 2, 3);

        await host.DrainAsync();

        var effects = await host.EffectsAsync();
        Assert.Equal(6, effects.Count(e => e.Handler != "step"));
        Assert.Equal(6, Assert.Single(effects, e => e.Handler == "step").Value);
    }

    [Fact]
    public async Task Given_a_failing_batch_replayed_one_by_one_Then_the_commit_step_runs_for_each_handler_delivery_and_not_for_the_rolled_back_batch()
    {
        var host = await StartHostAsync();
        host.Probe.SecondHandlerFailsOn[666] = true;
        await host.PublishAsync(Guid.CreateVersion7(), 1);
        await host.PublishAsync(Guid.CreateVersion7(), 666);

        await host.DrainAsync();

        var effects = await host.EffectsAsync();
        var steps = effects.Where(e => e.Handler == "step").ToList();
        // Replay: value 1 to both handlers, value 666 to the first only (the second throws before the step runs).
        Assert.Equal(3, effects.Count(e => e.Handler != "step"));
        Assert.Equal(3, steps.Count);
        Assert.All(steps, s => Assert.Equal(1, s.Value));
    }
}
