using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Tests.Outbox;

namespace UserOps.Community.BuildingBlocks.Tests.Persistence;

/// <summary>
/// Bulk inserts (COPY on PostgreSQL, SaveChanges elsewhere) store every column and stay inside the caller's
/// transaction; the outbox rows of a large save go the same way and are delivered like any others.
/// </summary>
public sealed class BulkCopyTests : PersistenceTestBase
{
    [Fact]
    public async Task Given_rows_in_a_transaction_When_inserted_all_Then_every_column_is_stored_and_a_rollback_stores_none()
    {
        var aggregate = Guid.CreateVersion7();
        var rows = Enumerable.Range(1, 300).Select(i => Effect(aggregate, i)).ToList();

        await InTransactionAsync(async db => await db.InsertAllAsync(rows, CancellationToken.None), commit: true);
        await InTransactionAsync(async db => await db.InsertAllAsync([Effect(aggregate, 1000)], CancellationToken.None), commit: false);

        var stored = await Host.EffectsAsync();
        Assert.Equal(300, stored.Count);
        Assert.Equal(300, stored.Select(e => e.Id).Distinct().Count());
        Assert.All(stored.Zip(rows), pair =>
        {
            var (read, written) = pair;
            Assert.Equal(
                (written.MessageId, written.Handler, written.AggregateId, written.Value, written.Sequence, written.Instance),
                (read.MessageId, read.Handler, read.AggregateId, read.Value, read.Sequence, read.Instance));
        });
    }

    [Fact]
    public async Task Given_a_transaction_saving_many_events_When_drained_Then_each_is_stored_once_in_order_and_delivered_once()
    {
        var aggregate = Guid.CreateVersion7();
        var values = Enumerable.Range(1, 40).ToArray();
        var eventIds = new List<Guid>();
        await InTransactionAsync(
            async db =>
            {
                foreach (var value in values)
                {
                    var integrationEvent = new SomethingHappened(aggregate, value) { OccurredAt = Host.Time.GetUtcNow().UtcDateTime };
                    db.AddIntegrationEvent(integrationEvent, aggregate, Host.Time);
                    eventIds.Add(integrationEvent.EventId);
                }

                await db.SaveChangesAsync();
                Assert.Empty(db.ChangeTracker.Entries<OutboxMessage>());
            },
            commit: true);

        var stored = await Host.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Lane == OutboxLane.Default).OrderBy(m => m.Id).ToListAsync());
        Assert.Equal(eventIds, stored.Select(m => m.MessageId));
        Assert.All(stored, m => Assert.Equal((OutboxStatus.Pending, aggregate, 0), (m.Status, m.AggregateId, m.Attempts)));

        await Host.DrainAsync();
        var effects = await Host.EffectsAsync();
        foreach (var handler in effects.Select(e => e.Handler).Distinct())
        {
            Assert.Equal(values, effects.Where(e => e.Handler == handler).Select(e => e.Value));
        }

        Assert.Equal(eventIds.Order(), effects.Select(e => e.MessageId).Distinct().Order());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Given_a_save_of_many_events_that_fails_When_retried_or_given_up_Then_the_events_are_stored_once_or_not_at_all(bool retry)
    {
        await Host.QueryAsync(db =>
        {
            db.Add(new TestEffect { Id = 1, Handler = "seed", Instance = "seed" });
            return db.SaveChangesAsync();
        });
        var aggregate = Guid.CreateVersion7();
        await InTransactionAsync(
            async db =>
            {
                foreach (var value in Enumerable.Range(1, 20))
                {
                    db.AddIntegrationEvent(new SomethingHappened(aggregate, value) { OccurredAt = Host.Time.GetUtcNow().UtcDateTime }, aggregate, Host.Time);
                }

                // The events are written first (copied on PostgreSQL); then the duplicate key fails the save.
                var duplicate = db.Add(new TestEffect { Id = 1, Handler = "duplicate", Instance = "duplicate" });
                await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
                if (retry)
                {
                    duplicate.State = EntityState.Detached;
                    await db.SaveChangesAsync();
                }
                else
                {
                    db.ChangeTracker.Clear();
                }
            },
            commit: true);

        var stored = await Host.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.AggregateId == aggregate && m.Lane == OutboxLane.Default).ToListAsync());
        Assert.Equal(retry ? 20 : 0, stored.Count);
        Assert.Equal(stored.Count, stored.Select(m => m.MessageId).Distinct().Count());
    }

    private static TestEffect Effect(Guid aggregate, int i) => new()
    {
        MessageId = Guid.CreateVersion7(), Handler = $"bulk-{i % 7}", AggregateId = aggregate, Value = i * 3, Sequence = i, Instance = i % 2 == 0 ? "even" : "奇数",
    };

    private async Task InTransactionAsync(Func<CommunityDbContext, Task> write, bool commit)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await write(db);
        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }
    }
}
