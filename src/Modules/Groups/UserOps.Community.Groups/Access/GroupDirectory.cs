using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Groups.Domain;

namespace UserOps.Community.Groups.Access;

internal sealed class GroupDirectory(CommunityDbContext db) : IGroupDirectory
{
    public async Task<GroupSummary?> FindAsync(Guid groupId, CancellationToken cancellationToken) =>
        await db.Set<Group>().AsNoTracking()
            .Where(g => g.Id == groupId)
            .Select(g => new GroupSummary(g.Id, g.Name, g.Slug, g.Visibility == GroupVisibility.Public, g.ArchivedAt != null))
            .FirstOrDefaultAsync(cancellationToken);
}
