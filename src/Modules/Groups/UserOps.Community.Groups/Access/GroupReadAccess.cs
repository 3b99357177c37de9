using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Groups.Domain;

namespace UserOps.Community.Groups.Access;

internal sealed class GroupReadAccess(CommunityDbContext db, GroupReadCache cache) : IGroupReadAccess
{
    private const string Flags = "flags";
    private const string Member = "member-of";

    public async Task<bool> CanViewAsync(Guid groupId, Viewer viewer, CancellationToken cancellationToken)
    {
        if (!cache.Groups.TryGet(groupId, Flags, out var flags, out var generation))
        {
            flags = await db.Set<Group>().AsNoTracking().Where(g => g.Id == groupId)
                .Select(g => new GroupFlags(g.Visibility == GroupVisibility.Public, g.ArchivedAt != null))
                .FirstOrDefaultAsync(cancellationToken);
            if (flags is null)
            {
                return false; // not cached: a group created on another instance must not stay missing here
            }

            cache.Groups.Set(groupId, Flags, generation, flags);
        }

        return flags!.IsPublic || viewer.IsSiteModerator
            || (viewer.UserId is { } userId && (await MemberGroupIdsAsync(userId, cancellationToken)).Contains(groupId));
    }

    public Task<IReadOnlyList<Guid>> MemberGroupIdsAsync(Guid userId, CancellationToken cancellationToken) =>
        cache.Memberships.GetOrLoadAsync(userId, Member, async ct => (IReadOnlyList<Guid>)await db.Set<GroupMember>().AsNoTracking()
            .Where(m => m.UserId == userId)
            .OrderByDescending(m => m.JoinedAt)
            .Select(m => m.GroupId)
            .ToListAsync(ct), cancellationToken);
}
