using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;

namespace UserOps.Community.BuildingBlocks.Outbox;

/// <summary>
/// An exclusive lock per lane, held until the claiming transaction ends, taken the way each provider offers it.
/// Lanes hold disjoint rows and order aggregates separately, so a real-time claim never waits for a default one.
/// </summary>
internal static class ClaimLock
{
    // Any fixed number: the advisory-lock key that means "the outbox claim" for this database.
    private const long PostgresKey = 0x55_4F_50_53_0B_0C;

    public static Task AcquireAsync(CommunityDbContext db, OutboxLane lane, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            var key = PostgresKey + (long)lane;
            // A lease is soft state, so the claim commits without waiting for its WAL flush (ADR 0047): the delivery's
            // synchronous commit flushes it too (the WAL is sequential), and a lease lost in a crash only frees the message.
            return db.Database.ExecuteSqlAsync($"SELECT set_config('synchronous_commit', 'off', true), pg_advisory_xact_lock({key})", cancellationToken);
        }

        if (db.Database.IsSqlServer())
        {
            var resource = $"userops-outbox-claim-{(int)lane}";
            return db.Database.ExecuteSqlAsync(
                $"EXEC sp_getapplock @Resource = {resource}, @LockMode = 'Exclusive', @LockOwner = 'Transaction'",
                cancellationToken);
        }

        // SQLite: the transaction began with BEGIN IMMEDIATE and already holds the database's only write lock.
        return Task.CompletedTask;
    }
}
