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

internal sealed record TransferOwnershipRequest(Guid UserId);

internal static class TransferOwnershipEndpoint
{
    public static void MapTransferOwnership(this IEndpointRouteBuilder groups) =>
        groups.MapPost("/{id:guid}/transfer-ownership", HandleAsync)
            .RequireAuthorization()
            .WithName("TransferGroupOwnership")
            .WithSummary("Hand the group to another member; the old owner stays as a group moderator.");

    private static async Task<Results<Ok<GroupResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, TransferOwnershipRequest request, ClaimsPrincipal principal, CommunityDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var context = await db.FindVisibleAsync(id, principal.ToViewer(), cancellationToken);
        if (context is null)
        {
            return GroupProblems.NotFound();
        }

        if (!context.IsOwner || context.Membership is not { } owner)
        {
            return GroupProblems.NotAllowed("Only the owner can transfer ownership.");
        }

        var heir = await db.Set<GroupMember>().FirstOrDefaultAsync(m => m.GroupId == id && m.UserId == request.UserId, cancellationToken);
        if (heir is null || heir.UserId == owner.UserId)
        {
            return ApiProblems.NotFound(GroupMemberProblems.NotAMember, "The new owner must be another member of the group.");
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        owner.Role = GroupRole.Moderator;
        heir.Role = GroupRole.Owner;
        context.Group.TransferOwnership(heir.UserId);
        context.Group.RecordRoleChanged(heir.UserId, GroupRole.Owner, owner.UserId, now);
        context.Group.RecordRoleChanged(owner.UserId, GroupRole.Moderator, owner.UserId, now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(GroupResponse.From(context.Group, GroupRole.Moderator));
    }
}
