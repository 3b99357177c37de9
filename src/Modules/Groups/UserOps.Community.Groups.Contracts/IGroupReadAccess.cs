using UserOps.Community.BuildingBlocks.Web;

namespace UserOps.Community.Groups.Contracts;

/// <summary>
/// Visibility questions for read paths (feeds, search), answered from a short-lived cache. Changes made on this
/// instance show at once; changes made on another instance may take up to <c>Groups:ReadCacheFor</c> (ADR 0043).
/// Never authorise a write with it: use <see cref="IGroupAccessQuery"/>.
/// </summary>
public interface IGroupReadAccess
{
    /// <summary>Whether the viewer may see the group: public, a member of it, or a site moderator. False when it does not exist.</summary>
    Task<bool> CanViewAsync(Guid groupId, Viewer viewer, CancellationToken cancellationToken);

    /// <summary>Ids of the groups the member belongs to, most recently joined first.</summary>
    Task<IReadOnlyList<Guid>> MemberGroupIdsAsync(Guid userId, CancellationToken cancellationToken);
}
