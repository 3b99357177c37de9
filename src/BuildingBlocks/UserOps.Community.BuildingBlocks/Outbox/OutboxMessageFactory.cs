using UserOps.Community.BuildingBlocks.Events;

namespace UserOps.Community.BuildingBlocks.Outbox;

internal static class OutboxMessageFactory
{
    public static OutboxMessage Create(IIntegrationEvent integrationEvent, Guid aggregateId, DateTime now) => new()
    {
        MessageId = integrationEvent.EventId,
        Type = IntegrationEventSerializer.TypeNameOf(integrationEvent.GetType()),
        Payload = IntegrationEventSerializer.Serialize(integrationEvent),
        AggregateId = aggregateId,
        OccurredAt = integrationEvent.OccurredAt,
        CreatedAt = now,
        NextAttemptAt = now,
        Status = OutboxStatus.Pending,
        Event = integrationEvent,
    };
}
