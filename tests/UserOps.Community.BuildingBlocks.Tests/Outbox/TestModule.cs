using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Persistence;

namespace UserOps.Community.BuildingBlocks.Tests.Outbox;

public sealed record SomethingHappened(Guid AggregateId, int Value) : IntegrationEvent;

/// <summary>One row per handler run that committed: what the tests count and order.</summary>
public sealed class TestEffect
{
    public long Id { get; set; }

    public Guid MessageId { get; set; }

    public required string Handler { get; set; }

    public Guid AggregateId { get; set; }

    public int Value { get; set; }

    public long Sequence { get; set; }

    public required string Instance { get; set; }
}

/// <summary>Which application instance a handler ran in.</summary>
public sealed record InstanceName(string Value);

public sealed class TestModuleModel : IModuleModel
{
    public string Schema => "tests";

    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TestEffect>(b =>
        {
            b.ToTable("test_effects", Schema);
            b.HasKey(e => e.Id);
        });
        modelBuilder.Entity<TestAggregate>(b =>
        {
            b.ToTable("test_aggregates", Schema);
            b.HasKey(a => a.Id);
            b.Ignore(a => a.PendingEvents);
        });
    }
}

/// <summary>Shared, switchable behaviour of the test handlers (one per host).</summary>
public sealed class TestProbe
{
    private long _sequence;

    /// <summary>Values the second handler throws on, until removed.</summary>
    public ConcurrentDictionary<int, bool> SecondHandlerFailsOn { get; } = new();

    /// <summary>Values both handlers throw on this many more times.</summary>
    public ConcurrentDictionary<int, int> FailuresLeft { get; } = new();

    public TaskCompletionSource<Guid> Handled { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long NextSequence() => Interlocked.Increment(ref _sequence);

    public void ThrowIfFailing(int value)
    {
        while (FailuresLeft.TryGetValue(value, out var left) && left > 0)
        {
            if (FailuresLeft.TryUpdate(value, left - 1, left))
            {
                throw new InvalidOperationException($"Planned failure for value {value}.");
            }
        }
    }
}

public sealed class FirstHandler(CommunityDbContext db, TestProbe probe, InstanceName instance) : IIntegrationEventHandler<SomethingHappened>
{
    public Task HandleAsync(SomethingHappened integrationEvent, CancellationToken cancellationToken)
    {
        probe.ThrowIfFailing(integrationEvent.Value);
        db.Add(new TestEffect
        {
            MessageId = integrationEvent.EventId,
            Handler = "first",
            AggregateId = integrationEvent.AggregateId,
            Value = integrationEvent.Value,
            Sequence = probe.NextSequence(),
            Instance = instance.Value,
        });
        probe.Handled.TrySetResult(integrationEvent.EventId);
        return Task.CompletedTask;
    }
}

public sealed class SecondHandler(CommunityDbContext db, TestProbe probe, InstanceName instance) : IIntegrationEventHandler<SomethingHappened>
{
    public Task HandleAsync(SomethingHappened integrationEvent, CancellationToken cancellationToken)
    {
        if (probe.SecondHandlerFailsOn.ContainsKey(integrationEvent.Value))
        {
            throw new InvalidOperationException($"Poison value {integrationEvent.Value}.");
        }

        db.Add(new TestEffect
        {
            MessageId = integrationEvent.EventId,
            Handler = "second",
            AggregateId = integrationEvent.AggregateId,
            Value = integrationEvent.Value,
            Sequence = probe.NextSequence(),
            Instance = instance.Value,
        });
        return Task.CompletedTask;
    }
}

/// <summary>An aggregate raising the event, to go through the interceptor path.</summary>
public sealed class TestAggregate : AggregateRoot
{
    public int Counter { get; private set; }

    public void Bump(DateTime now)
    {
        Counter++;
        Raise(new SomethingHappened(Id, Counter) { OccurredAt = now });
    }
}
