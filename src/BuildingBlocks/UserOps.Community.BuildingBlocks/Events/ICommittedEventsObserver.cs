namespace UserOps.Community.BuildingBlocks.Events;

/// <summary>
/// Hears, on this instance only, the integration events a local transaction has just committed: for in-memory
/// caches to drop what those events changed. Other instances never hear them, so such caches must also expire.
/// </summary>
public interface ICommittedEventsObserver
{
    /// <summary>Runs synchronously right after the commit; it must be quick and must not throw.</summary>
    void OnCommitted(IReadOnlyList<IIntegrationEvent> events);
}
