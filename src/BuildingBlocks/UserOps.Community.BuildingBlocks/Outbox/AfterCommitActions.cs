using Microsoft.Extensions.Logging;

namespace UserOps.Community.BuildingBlocks.Outbox;

/// <summary>
/// Work a handler wants done only once its delivery transaction has committed (real-time pushes).
/// Scoped to one delivery: when the transaction rolls back, the scope is dropped and nothing runs.
/// </summary>
public sealed class AfterCommitActions(ILogger<AfterCommitActions> logger)
{
    private readonly List<Action> _actions = [];

    /// <summary>Queues <paramref name="action"/>; it must be quick (enqueue, not send) and must not throw.</summary>
    public void Add(Action action) => _actions.Add(action);

    internal void Run()
    {
        foreach (var action in _actions)
        {
            try
            {
                action();
            }
            catch (Exception exception)
            {
                // The delivery already committed; a failed side effect must not make it look failed.
                logger.LogError(exception, "An after-commit action failed");
            }
        }

        _actions.Clear();
    }
}
