namespace UserOps.Community.BuildingBlocks.Events;

/// <summary>A fact another module may react to. Delivered at least once through the outbox.</summary>
public interface IIntegrationEvent
{
    /// <summary>Unique id of this occurrence; handlers use it for idempotency.</summary>
    Guid EventId { get; }

    /// <summary>When the fact happened (UTC).</summary>
    DateTime OccurredAt { get; }
}

/// <summary>Base record for integration events: immutable, past tense, serialised as JSON.</summary>
public abstract record IntegrationEvent : IIntegrationEvent
{
    /// <inheritdoc />
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    /// <inheritdoc />
    public required DateTime OccurredAt { get; init; }
}
