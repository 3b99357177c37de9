using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace UserOps.Community.Engagement.Streaks;

/// <summary>Runs <see cref="StreakBreakScanner"/> on the injected clock (hourly by default: local days end at every hour somewhere).</summary>
internal sealed class StreakBreakJob(
    IServiceScopeFactory scopeFactory, IOptions<EngagementOptions> options, TimeProvider timeProvider, ILogger<StreakBreakJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.StreakJobInterval, timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopeFactory.CreateAsyncScope();
                var raised = await scope.ServiceProvider.GetRequiredService<StreakBreakScanner>().RunAsync(stoppingToken);
                if (raised > 0)
                {
                    logger.LogInformation("Reported {Count} broken streaks", raised);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "The streak-break job failed; it runs again at the next tick");
            }
        }
    }
}
