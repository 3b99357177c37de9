using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;

namespace UserOps.Community.BuildingBlocks.Health;

/// <summary>Unhealthy when a deliverable message has waited longer than Outbox:StuckAfter: the dispatcher is not keeping up.</summary>
internal sealed class OutboxHealthCheck(CommunityDbContext db, TimeProvider timeProvider, IOptions<OutboxOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var oldest = await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
            .OrderBy(m => m.Id)
            .Select(m => (DateTime?)m.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (oldest is { } createdAt && now - createdAt > options.Value.StuckAfter)
        {
            return HealthCheckResult.Unhealthy($"The oldest deliverable outbox message has waited {(now - createdAt).TotalSeconds:F0} s.");
        }

        return HealthCheckResult.Healthy();
    }
}
