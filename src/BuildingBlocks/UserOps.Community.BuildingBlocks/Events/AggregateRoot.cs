namespace UserOps.Community.BuildingBlocks.Events;

/// <summary>An entity with a Guid v7 id that raises integration events.</summary>
public abstract class AggregateRoot : IEventSource
{
    private readonly List<IIntegrationEvent> _pendingEvents = [];

    public Guid Id { get; protected set; } = Guid.CreateVersion7();

    Guid IEventSource.EventStreamId => Id;

    public IReadOnlyCollection<IIntegrationEvent> PendingEvents => _pendingEvents;

    public void ClearPendingEvents() => _pendingEvents.Clear();

    protected void Raise(IIntegrationEvent integrationEvent) => _pendingEvents.Add(integrationEvent);
}
