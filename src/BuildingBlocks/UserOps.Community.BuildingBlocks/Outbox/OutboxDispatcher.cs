using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace UserOps.Community.BuildingBlocks.Outbox;

/// <summary>Delivers outbox messages: at once after a local commit, otherwise on the poll interval.</summary>
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
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await processor.ProcessBatchAsync(stoppingToken) > 0)
                {
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "Outbox dispatcher pass failed; retrying after the poll interval");
            }

            try
            {
                var woken = await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                if (!woken)
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
