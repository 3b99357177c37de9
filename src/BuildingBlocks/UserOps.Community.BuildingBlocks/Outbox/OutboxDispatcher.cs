using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace UserOps.Community.BuildingBlocks.Outbox;

/// <summary>
/// Delivers outbox messages, one loop per lane: at once after a local commit, otherwise on the poll interval.
/// </summary>
internal sealed class OutboxDispatcher(
    OutboxProcessor processor,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DispatcherEnabled)
        {
            return;
        }

        await Task.Yield();
        // Each lane on its own task: SQLite's async calls complete synchronously, so one lane's loop must not hold the other's start.
        await Task.WhenAll(OutboxLanes.All.Select(lane => Task.Run(() => RunLaneAsync(lane, stoppingToken), stoppingToken)));
    }

    // Real time, like the wake-up's own timeout: the linger batches commits, it is not part of any business clock.
    private Task LingerAsync(CancellationToken stoppingToken) =>
        options.Value.Linger > TimeSpan.Zero ? Task.Delay(options.Value.Linger, stoppingToken) : Task.CompletedTask;

    private async Task RunLaneAsync(OutboxLane lane, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                int delivered;
                while ((delivered = await processor.ProcessBatchAsync(lane, stoppingToken)) > 0)
                {
                    if (delivered < options.Value.BatchSize)
                    {
                        await LingerAsync(stoppingToken);
                    }
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "Outbox dispatcher pass on the {Lane} lane failed; retrying after the poll interval", lane);
            }

            try
            {
                var woken = await signal.WaitAsync(lane, options.Value.PollInterval, stoppingToken);
                if (woken)
                {
                    await LingerAsync(stoppingToken);
                }
                else if (lane == OutboxLane.Default)
                {
                    await processor.RefreshBacklogAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Outbox backlog refresh failed");
            }
        }
    }
}
