namespace UserOps.Community.BuildingBlocks.Outbox;

/// <summary>
/// Called after handlers ran and before messages are acknowledged. Lets tests simulate a process dying
/// at the worst moment; production registers none.
/// </summary>
public interface IOutboxAcknowledgeObserver
{
    Task BeforeAcknowledgeAsync(IReadOnlyCollection<Guid> messageIds, CancellationToken cancellationToken);
}
