namespace UserOps.Community.BuildingBlocks.Outbox;

/// <summary>
/// A scoped step the outbox runs once per delivery, after every handler of that delivery and before it saves and
/// commits, so a module can write what its handlers accumulated with a few set-based statements in the same transaction.
/// Register it as a scoped <see cref="IDeliveryCommitStep"/>; it runs in the batch delivery and in the one-by-one replay.
/// </summary>
public interface IDeliveryCommitStep
{
    Task BeforeCommitAsync(CancellationToken cancellationToken);
}
