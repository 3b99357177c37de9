using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Engagement.Domain;

namespace UserOps.Community.Engagement.Streaks;

/// <summary>Loads a member's streak row under its row lock, creating it first if needed, in the caller's transaction.</summary>
internal sealed class StreakStore(CommunityDbContext db, TimeProvider timeProvider)
{
    public async Task<MemberStreak> LockAsync(Guid memberId, CancellationToken cancellationToken)
    {
        if (await TouchAsync(memberId, cancellationToken) == 0)
        {
            var created = db.Add(new MemberStreak { MemberId = memberId, UpdatedAt = timeProvider.GetUtcNow().UtcDateTime });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return created.Entity;
            }
            catch (DbUpdateException exception) when (exception.IsUniqueViolation())
            {
                // Someone created it first; EF rolled back to its savepoint, so wait for that row's lock like everyone else.
                created.State = EntityState.Detached;
                await TouchAsync(memberId, cancellationToken);
            }
        }

        return await db.Set<MemberStreak>().FirstAsync(s => s.MemberId == memberId, cancellationToken);
    }

    private Task<int> TouchAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        return db.Set<MemberStreak>().Where(s => s.MemberId == memberId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.UpdatedAt, now), cancellationToken);
    }
}
