using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Persistence;

namespace UserOps.Community.BuildingBlocks.Health;

public static class HealthRegistration
{
    public const string ReadyTag = "ready";

    public static IHealthChecksBuilder AddCommunityReadinessChecks(this IHealthChecksBuilder builder) => builder
        .AddDbContextCheck<CommunityDbContext>("database", tags: [ReadyTag])
        .AddCheck<MigrationsHealthCheck>("migrations", tags: [ReadyTag])
        .AddCheck<OutboxHealthCheck>("outbox", tags: [ReadyTag]);
}
