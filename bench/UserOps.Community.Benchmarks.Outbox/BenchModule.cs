using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Persistence;

namespace UserOps.Community.Benchmarks.Outbox;

public sealed record BenchEventHappened(int Sequence) : IntegrationEvent;

internal sealed class BenchEffect
{
    public long Id { get; set; }

    public Guid EventId { get; set; }

    public int Sequence { get; set; }
}

internal sealed class BenchModuleModel : IModuleModel
{
    public string Schema => "bench";

    public void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<BenchEffect>(b =>
        {
            b.ToTable("bench_effects", Schema);
            b.HasKey(e => e.Id);
        });
}

/// <summary>When each event was first handled, and a signal once the expected number has been.</summary>
internal sealed class HandledRecorder
{
    private int _expected = int.MaxValue;
    private int _count;

    public ConcurrentDictionary<Guid, long> HandledAt { get; } = new();

    public TaskCompletionSource AllHandled { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Expect(int count)
    {
        HandledAt.Clear();
        _count = 0;
        _expected = count;
        AllHandled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public void Record(Guid eventId)
    {
        // A retried batch runs the handler again: keep the first run, count each event once.
        if (HandledAt.TryAdd(eventId, Stopwatch.GetTimestamp()) && Interlocked.Increment(ref _count) >= _expected)
        {
            AllHandled.TrySetResult();
        }
    }
}

internal sealed class BenchEventHandler(CommunityDbContext db, HandledRecorder recorder) : IIntegrationEventHandler<BenchEventHappened>
{
    public Task HandleAsync(BenchEventHappened integrationEvent, CancellationToken cancellationToken)
    {
        db.Add(new BenchEffect { EventId = integrationEvent.EventId, Sequence = integrationEvent.Sequence });
        recorder.Record(integrationEvent.EventId);
        return Task.CompletedTask;
    }
}
