using System.Security.Claims;
using UserOps.Community.BuildingBlocks.Security;

namespace UserOps.Community.BuildingBlocks.Web;

/// <summary>Who is looking: anonymous, a member, or a site moderator (who may see and moderate every group).</summary>
public readonly record struct Viewer(Guid? UserId, bool IsSiteModerator)
{
    public static readonly Viewer Anonymous = new(null, false);

    public bool IsAuthenticated => UserId is not null;
}

public static class ViewerExtensions
{
    public static Viewer ToViewer(this ClaimsPrincipal principal) =>
        new(principal.FindUserId(), principal.IsInRole(CommunityRoles.Moderator) || principal.IsInRole(CommunityRoles.Admin));
}
