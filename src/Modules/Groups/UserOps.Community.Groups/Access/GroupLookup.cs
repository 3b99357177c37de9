using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Groups.Domain;

namespace UserOps.Community.Groups.Access;

/// <summary>A group with the viewer's role in it, loaded for an endpoint that may change it.</summary>
internal sealed record GroupContext(Group Group, GroupMember? Membership, Viewer Viewer)
{
    public GroupAccess Access => new(Group.Id, Group.IsPublic, Group.IsArchived, Membership?.Role, Viewer.IsSiteModerator);

    public bool IsOwner => Membership?.Role == GroupRole.Owner;

    /// <summary>Owners and group moderators manage membership; site moderators moderate content but do not run groups.</summary>
    public bool CanManageMembers => Membership?.Role is GroupRole.Owner or GroupRole.Moderator;
}

internal static class GroupLookup
{
    /// <summary>Finds a group by id or slug, or null when it does not exist or the viewer may not know it exists.</summary>
    public static async Task<GroupContext?> FindVisibleAsync(
        this CommunityDbContext db, string idOrSlug, Viewer viewer, CancellationToken cancellationToken)
    {
        var group = Guid.TryParse(idOrSlug, out var id)
            ? await db.Set<Group>().FirstOrDefaultAsync(g => g.Id == id, cancellationToken)
            : await db.Set<Group>().FirstOrDefaultAsync(g => g.Slug == idOrSlug.ToLowerInvariant(), cancellationToken);
        if (group is null)
        {
            return null;
        }

        var membership = viewer.UserId is { } userId
            ? await db.Set<GroupMember>().FirstOrDefaultAsync(m => m.GroupId == group.Id && m.UserId == userId, cancellationToken)
            : null;
        var context = new GroupContext(group, membership, viewer);
        return context.Access.CanView ? context : null;
    }

    public static Task<GroupContext?> FindVisibleAsync(
        this CommunityDbContext db, Guid id, Viewer viewer, CancellationToken cancellationToken) =>
        db.FindVisibleAsync(id.ToString(), viewer, cancellationToken);
}
