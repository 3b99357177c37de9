namespace UserOps.Community.BuildingBlocks.Events;

/// <summary>
/// Reacts to an integration event. Runs inside the dispatcher's transaction on the scoped
/// CommunityDbContext, so its writes commit together with the record that it ran.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
