using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Seeding;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Growth.Persistence;

namespace UserOps.Community.Growth.Levels;

/// <summary>
/// Gives a new community the default levels. Seeded at start-up rather than by migration data, because EF
/// cannot compare seeded primitive collections (the privileges) and would report model drift forever.
/// </summary>
internal sealed class DefaultLevelsTask(CommunityDbContext db) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Level>().AnyAsync(cancellationToken))
        {
            return;
        }

        db.AddRange(DefaultGrowthData.Levels);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Another instance seeded them at the same moment.
            db.ChangeTracker.Clear();
        }
    }
}
