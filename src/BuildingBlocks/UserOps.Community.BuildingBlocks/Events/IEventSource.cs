namespace UserOps.Community.BuildingBlocks.Events;

/// <summary>An entity that records integration events; they are written to the outbox when it is saved.</summary>
public interface IEventSource
{
    /// <summary>The aggregate the events belong to: they are delivered in order per aggregate.</summary>
    Guid EventStreamId { get; }

    /// <summary>Events raised since the entity was last saved.</summary>
    IReadOnlyCollection<IIntegrationEvent> PendingEvents { get; }

    /// <summary>Called once the events are in the outbox.</summary>
    void ClearPendingEvents();
}
