using System.Collections.Concurrent;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.IntegrationTests.Infrastructure;

/// <summary>
/// Every integration event delivered through the outbox to <see cref="RecordingHandler"/>, in delivery order.
/// Delivery is at least once (a failed batch is replayed), so like a real handler it keeps each event once.
/// </summary>
public sealed class EventRecorder
{
    private readonly ConcurrentQueue<IIntegrationEvent> _events = new();
    private readonly ConcurrentDictionary<Guid, bool> _seen = new();

    public void Add(IIntegrationEvent integrationEvent)
    {
        if (_seen.TryAdd(integrationEvent.EventId, true))
        {
            _events.Enqueue(integrationEvent);
        }
    }

    public IReadOnlyList<T> Of<T>() where T : IIntegrationEvent => [.. _events.OfType<T>()];
}

public sealed class RecordingHandler(EventRecorder recorder) :
    IIntegrationEventHandler<UserRegistered>,
    IIntegrationEventHandler<ProfileUpdated>,
    IIntegrationEventHandler<UserSignedIn>,
    IIntegrationEventHandler<UserRolesChanged>
{
    public Task HandleAsync(UserRegistered integrationEvent, CancellationToken cancellationToken) => Record(integrationEvent);

    public Task HandleAsync(ProfileUpdated integrationEvent, CancellationToken cancellationToken) => Record(integrationEvent);

    public Task HandleAsync(UserSignedIn integrationEvent, CancellationToken cancellationToken) => Record(integrationEvent);

    public Task HandleAsync(UserRolesChanged integrationEvent, CancellationToken cancellationToken) => Record(integrationEvent);

    private Task Record(IIntegrationEvent integrationEvent)
    {
        recorder.Add(integrationEvent);
        return Task.CompletedTask;
    }
}

/// <summary>Lets a test make delivery fail, so that a message is parked and can be retried.</summary>
public sealed class HandlerFailureSwitch
{
    private volatile bool _fail;

    public bool Fail
    {
        get => _fail;
        set => _fail = value;
    }
}

public sealed class SwitchableFailingHandler(HandlerFailureSwitch failures) : IIntegrationEventHandler<UserRegistered>
{
    public Task HandleAsync(UserRegistered integrationEvent, CancellationToken cancellationToken) =>
        failures.Fail ? throw new InvalidOperationException("Simulated handler failure.") : Task.CompletedTask;
}
