using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Groups.Domain;

namespace UserOps.Community.Groups.Members;

/// <summary>Adds and removes members so that the member row, the group's member count and the event always change together.</summary>
internal static class Membership
{
    /// <summary>Returns false when the user was already a member (a concurrent join won): nothing changes then.</summary>
    public static async Task<bool> AddAsync(
        CommunityDbContext db, Group group, Guid userId, string via, DateTime now, CancellationToken cancellationToken)
    {
        // Joins the caller's transaction when there is one (approving a request), so the decision and the membership commit together.
        await using var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (await db.Set<GroupMember>().AnyAsync(m => m.GroupId == group.Id && m.UserId == userId, cancellationToken))
        {
            return false;
        }

        db.Add(new GroupMember { GroupId = group.Id, UserId = userId, Role = GroupRole.Member, JoinedAt = now });
        await db.Set<GroupInvitation>().Where(i => i.GroupId == group.Id && i.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        group.RecordJoined(userId, via, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            return false;
        }

        await AdjustCountAsync(db, group.Id, +1, cancellationToken);
        if (owned is not null)
        {
            await owned.CommitAsync(cancellationToken);
        }

        return true;
    }

    public static async Task RemoveAsync(
        CommunityDbContext db, Group group, GroupMember member, Action<Group> recordEvent, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Remove(member);
        recordEvent(group);
        await db.SaveChangesAsync(cancellationToken);
        await AdjustCountAsync(db, group.Id, -1, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    // Counted in SQL, not read-modify-write, so concurrent joins never lose an increment.
    private static Task<int> AdjustCountAsync(CommunityDbContext db, Guid groupId, int delta, CancellationToken cancellationToken) =>
        db.Set<Group>().Where(g => g.Id == groupId)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.MemberCount, g => g.MemberCount + delta), cancellationToken);
}
