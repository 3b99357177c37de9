using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Seeding;

namespace UserOps.Community.Host.Hosting;

internal static class StartupRunner
{
    /// <summary>Migrates (where configured), runs start-up tasks, then demo seeders when Seed:Demo is on.</summary>
    public static async Task PrepareAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        if (app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ShouldMigrateOnStartup)
        {
            await DatabaseMigrator.MigrateAsync(app.Services, cancellationToken);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            // Serve anyway: /health/ready reports the pending migrations until someone runs the migrate verb.
            app.Logger.LogWarning("The database has pending migrations; start-up tasks and demo data wait until it is migrated ('migrate' verb)");
            return;
        }

        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>())
        {
            await task.RunAsync(cancellationToken);
        }

        if (app.Configuration.GetValue("Seed:Demo", false))
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IDemoSeeder>().OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(cancellationToken);
            }
        }
    }
}
