using System.Threading.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Web;

namespace UserOps.Community.Notifications.Realtime;

internal sealed class HubLimitOptions
{
    public const string SectionName = "Notifications:Hub";

    /// <summary>Hub method calls a member may make per minute, across all their connections.</summary>
    public int InvocationsPerMinute { get; set; } = 60;
}

/// <summary>
/// HTTP writes are rate-limited per member; hub calls (each subscribe writes a row) get the same treatment,
/// so one client looping on SubscribeGroup cannot load the database.
/// </summary>
internal sealed class HubInvocationLimiter(IOptions<HubLimitOptions> options) : IHubFilter, IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        member => RateLimitPartition.GetFixedWindowLimiter(member, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.InvocationsPerMinute,
            Window = TimeSpan.FromMinutes(1),
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
