using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;

namespace UserOps.Community.BuildingBlocks.Outbox;

/// <summary>An exclusive lock held until the claiming transaction ends, taken the way each provider offers it.</summary>
internal static class ClaimLock
{
    // Any fixed number: the advisory-lock key that means "the outbox claim" for this database.
    private const long PostgresKey = 0x55_4F_50_53_0B_0C;

    public static Task AcquireAsync(CommunityDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            return db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgresKey})", cancellationToken);
        }

        if (db.Database.IsSqlServer())
        {
            return db.Database.ExecuteSqlRawAsync(
                "EXEC sp_getapplock @Resource = 'userops-outbox-claim', @LockMode = 'Exclusive', @LockOwner = 'Transaction'",
                cancellationToken);
        }

        // SQLite: the transaction began with BEGIN IMMEDIATE and already holds the database's only write lock.
        return Task.CompletedTask;
    }
}
