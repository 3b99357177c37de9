using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Groups.Domain;

namespace UserOps.Community.Groups.Access;

internal sealed class GroupAccessQuery(CommunityDbContext db) : IGroupAccessQuery
{
    public async Task<GroupAccess?> GetAsync(Guid groupId, Viewer viewer, CancellationToken cancellationToken)
    {
        var userId = viewer.UserId ?? Guid.Empty;
        var row = await db.Set<Group>().AsNoTracking()
            .Where(g => g.Id == groupId)
            .Select(g => new
            {
                g.Visibility,
                g.ArchivedAt,
                Role = db.Set<GroupMember>().Where(m => m.GroupId == g.Id && m.UserId == userId).Select(m => (GroupRole?)m.Role).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : new GroupAccess(groupId, row.Visibility == GroupVisibility.Public, row.ArchivedAt is not null, row.Role, viewer.IsSiteModerator);
    }

    public async Task<IReadOnlyList<Guid>> GetMemberGroupIdsAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Set<GroupMember>().AsNoTracking().Where(m => m.UserId == userId).Select(m => m.GroupId).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> FilterMembersAsync(Guid groupId, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.ToList();
        return await db.Set<GroupMember>().AsNoTracking()
            .Where(m => m.GroupId == groupId && ids.Contains(m.UserId))
            .Select(m => m.UserId)
            .ToListAsync(cancellationToken);
    }
}
