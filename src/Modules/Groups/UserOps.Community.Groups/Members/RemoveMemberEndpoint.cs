using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Groups.Access;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Groups.Domain;

namespace UserOps.Community.Groups.Members;

internal static class RemoveMemberEndpoint
{
    public static void MapRemoveMember(this IEndpointRouteBuilder groups) =>
        groups.MapDelete("/{id:guid}/members/{userId:guid}", HandleAsync)
            .RequireAuthorization()
            .WithName("RemoveGroupMember")
            .WithSummary("Remove a member (owner, or a group moderator removing an ordinary member).");

    private static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        Guid id, Guid userId, ClaimsPrincipal principal, CommunityDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var context = await db.FindVisibleAsync(id, principal.ToViewer(), cancellationToken);
        if (context is null)
        {
            return GroupProblems.NotFound();
        }

        if (!context.CanManageMembers)
        {
            return GroupProblems.NotAllowed("Only the owner and group moderators can remove members.");
        }

        var target = await db.Set<GroupMember>().FirstOrDefaultAsync(m => m.GroupId == id && m.UserId == userId, cancellationToken);
        if (target is null)
        {
            return ApiProblems.NotFound(GroupMemberProblems.NotAMember, "That person is not a member of this group.");
        }

        // Moderators remove members; only the owner removes moderators; nobody removes the owner.
        if (target.Role == GroupRole.Owner || (target.Role == GroupRole.Moderator && !context.IsOwner))
        {
            return GroupProblems.NotAllowed("You cannot remove this member.");
        }

        var removedBy = principal.GetUserId();
        var now = timeProvider.GetUtcNow().UtcDateTime;
        await Membership.RemoveAsync(db, context.Group, target, g => g.RecordRemoved(userId, removedBy, now), cancellationToken);
        return TypedResults.NoContent();
    }
}
