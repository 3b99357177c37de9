using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Groups.Access;
using UserOps.Community.Groups.Members;

namespace UserOps.Community.Groups.LeaveGroup;

internal static class LeaveGroupEndpoint
{
    public const string OwnerMustTransfer = "owner_must_transfer";

    public static void MapLeaveGroup(this IEndpointRouteBuilder groups) =>
        groups.MapDelete("/{id:guid}/members/me", HandleAsync)
            .RequireAuthorization()
            .WithName("LeaveGroup")
            .WithSummary("Leave a group. The owner must transfer ownership first.");

    private static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal principal, CommunityDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var context = await db.FindVisibleAsync(id, principal.ToViewer(), cancellationToken);
        if (context is null)
        {
            return GroupProblems.NotFound();
        }

        if (context.Membership is not { } membership)
        {
            return ApiProblems.NotFound(GroupMemberProblems.NotAMember, "You are not a member of this group.");
        }

        if (context.IsOwner)
        {
            return ApiProblems.Conflict(OwnerMustTransfer, "Transfer ownership to another member before leaving.");
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        await Membership.RemoveAsync(db, context.Group, membership, g => g.RecordLeft(membership.UserId, now), cancellationToken);
        return TypedResults.NoContent();
    }
}
