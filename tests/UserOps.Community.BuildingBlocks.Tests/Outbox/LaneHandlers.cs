using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Persistence;

namespace UserOps.Community.BuildingBlocks.Tests.Outbox;

/// <summary>Lets a test hold the default lane's handler mid-delivery.</summary>
public sealed class LaneGate
{
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource<Guid> RealtimeHandled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>A slow default-lane handler, like points: it waits for the gate before writing its effect.</summary>
public sealed class SlowDefaultHandler(CommunityDbContext db, TestProbe probe, LaneGate gate, InstanceName instance)
    : IIntegrationEventHandler<SomethingHappened>
{
    public async Task HandleAsync(SomethingHappened integrationEvent, CancellationToken cancellationToken)
    {
        gate.Entered.TrySetResult();
        await gate.Release.Task.WaitAsync(cancellationToken);
        db.Add(TestEffects.Of(integrationEvent, "slow-default", probe, instance));
    }
}

/// <summary>A quick real-time-lane handler, like a push.</summary>
public sealed class RealtimeHandler(CommunityDbContext db, TestProbe probe, LaneGate gate, InstanceName instance)
    : IIntegrationEventHandler<SomethingHappened>
{
    public Task HandleAsync(SomethingHappened integrationEvent, CancellationToken cancellationToken)
    {
        db.Add(TestEffects.Of(integrationEvent, "realtime", probe, instance));
        gate.RealtimeHandled.TrySetResult(integrationEvent.EventId);
        return Task.CompletedTask;
    }
}

internal static class TestEffects
{
    public static TestEffect Of(SomethingHappened integrationEvent, string handler, TestProbe probe, InstanceName instance) => new()
    {
        MessageId = integrationEvent.EventId,
        Handler = handler,
        AggregateId = integrationEvent.AggregateId,
        Value = integrationEvent.Value,
        Sequence = probe.NextSequence(),
        Instance = instance.Value,
    };
}
