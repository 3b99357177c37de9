using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Persistence;

namespace UserOps.Community.BuildingBlocks.Outbox;

public static class OutboxExtensions
{
    /// <summary>Queues an event not raised by a tracked entity; it is written on the next SaveChanges.</summary>
    public static void AddIntegrationEvent(
        this CommunityDbContext db, IIntegrationEvent integrationEvent, Guid aggregateId, TimeProvider timeProvider) =>
        db.Add(OutboxMessageFactory.Create(integrationEvent, aggregateId, timeProvider.GetUtcNow().UtcDateTime));
}
