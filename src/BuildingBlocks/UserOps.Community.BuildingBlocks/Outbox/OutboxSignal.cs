using System.Threading.Channels;

namespace UserOps.Community.BuildingBlocks.Outbox;

/// <summary>Wakes the dispatcher right after a local commit, so the hot path never waits for a poll.</summary>
public sealed class OutboxSignal
{
    // One wake-up per lane: each lane's loop must see every commit, not just whichever loop reads first.
    private readonly Channel<bool>[] _wakeUps = [.. OutboxLanes.All.Select(_ => NewLatch())];

    private readonly Channel<bool> _batchesDone = NewLatch();

    public void Notify()
    {
        foreach (var wakeUp in _wakeUps)
        {
            wakeUp.Writer.TryWrite(true);
        }
    }

    internal void NotifyBatchDone() => _batchesDone.Writer.TryWrite(true);

    /// <summary>Returns true when woken, false when the timeout passed first.</summary>
    internal Task<bool> WaitAsync(OutboxLane lane, TimeSpan timeout, CancellationToken cancellationToken) =>
        WaitOnAsync(_wakeUps[(int)lane], timeout, cancellationToken);

    internal Task<bool> WaitForBatchDoneAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        WaitOnAsync(_batchesDone, timeout, cancellationToken);

    private static Channel<bool> NewLatch() => Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    private static async Task<bool> WaitOnAsync(Channel<bool> channel, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await channel.Reader.ReadAsync(timeoutSource.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
