using System.Threading.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Web;

namespace UserOps.Community.Notifications.Realtime;

internal sealed class HubLimitOptions
{
    public const string SectionName = "Notifications:Hub";

    /// <summary>Hub calls a member may make at once, across all their connections: a home feed subscribes to every group.</summary>
    public int InvocationBurst { get; set; } = 120;

    /// <summary>Sustained hub calls per minute once the burst is spent.</summary>
    public int InvocationsPerMinute { get; set; } = 300;
}

/// <summary>
/// HTTP writes are rate-limited per member; hub calls (each subscribe writes a row) get the same treatment,
/// so one client looping on SubscribeGroup cannot load the database.
/// </summary>
internal sealed class HubInvocationLimiter(IOptions<HubLimitOptions> options) : IHubFilter, IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        member => RateLimitPartition.GetTokenBucketLimiter(member, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.Value.InvocationBurst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / Math.Max(1, options.Value.InvocationsPerMinute),
            QueueLimit = 0,
        }));

    public async ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var member = invocationContext.Context.UserIdentifier ?? invocationContext.Context.ConnectionId;
        using var lease = _limiter.AttemptAcquire(member);
        if (!lease.IsAcquired)
        {
            throw new HubException($"{ProblemCodes.RateLimited}: too many hub calls; slow down and retry in a minute.");
        }

        return await next(invocationContext);
    }

    public void Dispose() => _limiter.Dispose();
}
