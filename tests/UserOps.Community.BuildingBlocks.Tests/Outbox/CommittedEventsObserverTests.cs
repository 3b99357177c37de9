using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Testing;

namespace UserOps.Community.BuildingBlocks.Tests.Outbox;

/// <summary>Local caches drop entries when their events commit: never before the commit, never for a rollback.</summary>
public sealed class CommittedEventsObserverTests
{
    [Fact]
    public async Task Given_a_save_outside_a_transaction_Then_observers_hear_its_events_once()
    {
        await using var database = await TestDatabases.CreateEmptyAsync();
        var observer = new RecordingObserver();
        await using var host = await CreateHostAsync(database, observer);

        var ids = await host.PublishAsync(Guid.NewGuid(), 1, 2);

        Assert.Equal(ids, observer.Heard.Select(e => e.EventId));
        Assert.Equal(1, observer.Calls);
    }

    [Fact]
    public async Task Given_two_saves_in_one_transaction_Then_observers_hear_both_only_when_it_commits()
    {
        await using var database = await TestDatabases.CreateEmptyAsync();
        var observer = new RecordingObserver();
        await using var host = await CreateHostAsync(database, observer);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();

        await using var transaction = await db.Database.BeginTransactionAsync();
        var first = Queue(db, host, 1);
        await db.SaveChangesAsync();
        var second = Queue(db, host, 2);
        await db.SaveChangesAsync();
        Assert.Empty(observer.Heard);

        await transaction.CommitAsync();

        Assert.Equal([first, second], observer.Heard.Select(e => e.EventId));
        Assert.Equal(1, observer.Calls);
    }

    [Fact]
    public async Task Given_a_transaction_rolls_back_Then_observers_hear_nothing_and_the_next_commit_carries_only_its_own_events()
    {
        await using var database = await TestDatabases.CreateEmptyAsync();
        var observer = new RecordingObserver();
        await using var host = await CreateHostAsync(database, observer);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            Queue(db, host, 1);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        db.ChangeTracker.Clear();
        var kept = Queue(db, host, 2);
        await db.SaveChangesAsync();

        Assert.Equal([kept], observer.Heard.Select(e => e.EventId));
    }

    [Fact]
    public async Task Given_a_transaction_disposed_without_commit_Then_the_next_save_announces_only_its_own_events()
    {
        await using var database = await TestDatabases.CreateEmptyAsync();
        var observer = new RecordingObserver();
        await using var host = await CreateHostAsync(database, observer);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();

        await using (await db.Database.BeginTransactionAsync())
        {
            Queue(db, host, 1);
            await db.SaveChangesAsync();
        }

        db.ChangeTracker.Clear();
        var kept = Queue(db, host, 2);
        await db.SaveChangesAsync();

        Assert.Equal([kept], observer.Heard.Select(e => e.EventId));
    }

    [Fact]
    public async Task Given_a_pooled_context_whose_transaction_was_abandoned_When_the_next_scope_saves_Then_only_its_events_are_announced()
    {
        await using var database = await TestDatabases.CreateEmptyAsync();
        var observer = new RecordingObserver();
        await using var host = await CreateHostAsync(database, observer);
        CommunityDbContext abandoned;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            abandoned = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            await abandoned.Database.BeginTransactionAsync();
            Queue(abandoned, host, 1);
            await abandoned.SaveChangesAsync();
        }

        await using var next = host.Services.CreateAsyncScope();
        var db = next.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var kept = Queue(db, host, 2);
        await db.SaveChangesAsync();

        Assert.Same(abandoned, db);
        Assert.Equal([kept], observer.Heard.Select(e => e.EventId));
        Assert.Equal(1, await host.QueryAsync(q => q.OutboxMessages.CountAsync()));
    }

    private static async Task<OutboxHost> CreateHostAsync(TestDatabase database, RecordingObserver observer)
    {
        var host = OutboxHost.Create(database, o => o.DispatcherEnabled = false, s => s.AddSingleton<ICommittedEventsObserver>(observer));
        await host.EnsureSchemaAsync();
        return host;
    }

    private static Guid Queue(CommunityDbContext db, OutboxHost host, int value)
    {
        var integrationEvent = new SomethingHappened(Guid.NewGuid(), value) { OccurredAt = host.Time.GetUtcNow().UtcDateTime };
        db.AddIntegrationEvent(integrationEvent, integrationEvent.AggregateId, host.Time);
        return integrationEvent.EventId;
    }

    private sealed class RecordingObserver : ICommittedEventsObserver
    {
        public List<IIntegrationEvent> Heard { get; } = [];

        public int Calls { get; private set; }

        public void OnCommitted(IReadOnlyList<IIntegrationEvent> events)
        {
            Calls++;
            Heard.AddRange(events);
        }
    }
}
