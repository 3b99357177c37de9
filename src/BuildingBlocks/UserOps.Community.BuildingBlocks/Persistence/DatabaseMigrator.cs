using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace UserOps.Community.BuildingBlocks.Persistence;

public static class DatabaseMigrator
{
    /// <summary>Applies this provider's migrations; EF takes a database lock, so several instances may race safely.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
    }
}
