using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Groups.Access;
using UserOps.Community.Groups.Domain;
using UserOps.Community.Groups.Members;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Groups.Invitations;

internal sealed record InviteMemberRequest(Guid UserId);

internal sealed record InvitationResponse(Guid GroupId, Guid UserId, DateTime CreatedAt);

internal static class InviteMemberEndpoint
{
    public static void MapInviteMember(this IEndpointRouteBuilder groups) =>
        groups.MapPost("/{id:guid}/invitations", HandleAsync)
            .RequireAuthorization()
            .WithName("InviteGroupMember")
            .WithSummary("Invite a member into the group (owner and group moderators); they may then join whatever the join policy.");

    private static async Task<Results<Created<InvitationResponse>, Ok<InvitationResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, InviteMemberRequest request, ClaimsPrincipal principal, CommunityDbContext db, IUserDirectory users, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var context = await db.FindVisibleAsync(id, principal.ToViewer(), cancellationToken);
        if (context is null)
        {
            return GroupProblems.NotFound();
        }

        if (!context.CanManageMembers)
        {
            return GroupProblems.NotAllowed("Only the owner and group moderators can invite.");
        }

        if (await users.FindAsync(request.UserId, cancellationToken) is null)
        {
            return ApiProblems.NotFound("user_not_found", "No such member.");
        }

        if (await db.Set<GroupMember>().AnyAsync(m => m.GroupId == id && m.UserId == request.UserId, cancellationToken))
        {
            return ApiProblems.Conflict(GroupMemberProblems.AlreadyMember, "That person is already a member.");
        }

        var existing = await db.Set<GroupInvitation>().AsNoTracking().FirstOrDefaultAsync(i => i.GroupId == id && i.UserId == request.UserId, cancellationToken);
        if (existing is not null)
        {
            return TypedResults.Ok(new InvitationResponse(id, existing.UserId, existing.CreatedAt));
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        db.Add(new GroupInvitation { GroupId = id, UserId = request.UserId, InvitedBy = principal.GetUserId(), CreatedAt = now });
        context.Group.RecordInvited(request.UserId, principal.GetUserId(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            return TypedResults.Ok(new InvitationResponse(id, request.UserId, now));
        }

        return TypedResults.Created($"/api/groups/{id}/invitations", new InvitationResponse(id, request.UserId, now));
    }
}
