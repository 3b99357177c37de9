using System.Diagnostics;

namespace UserOps.Community.BuildingBlocks.Outbox;

/// <summary>Processes until nothing deliverable is left: lets tests and tools await the pipeline without sleeping.</summary>
public sealed class OutboxDrainer
{
    private readonly OutboxProcessor _processor;
    private readonly OutboxSignal _signal;

    internal OutboxDrainer(OutboxProcessor processor, OutboxSignal signal)
    {
        _processor = processor;
        _signal = signal;
    }

    public async Task DrainAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            var processed = 0;
            foreach (var lane in OutboxLanes.All)
            {
                processed += await _processor.ProcessBatchAsync(lane, cancellationToken);
            }

            if (processed > 0)
            {
                continue;
            }

            // Another worker (the background dispatcher, another instance) may hold a lease: wait for its batch.
            if (!await _processor.HasWorkInFlightAsync(cancellationToken))
            {
                return;
            }

            if (elapsed.Elapsed > timeout)
            {
                throw new TimeoutException($"The outbox was not drained within {timeout}.");
            }

            await _signal.WaitForBatchDoneAsync(TimeSpan.FromMilliseconds(50), cancellationToken);
        }
    }
}
