using System.Security.Claims;
using FluentValidation;
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

internal sealed record ChangeMemberRoleRequest(string Role);

internal sealed class ChangeMemberRoleRequestValidator : AbstractValidator<ChangeMemberRoleRequest>
{
    public ChangeMemberRoleRequestValidator() =>
        RuleFor(r => r.Role).Must(r => GroupSettingsText.Roles.Contains(r)).WithMessage("Role must be 'member' or 'moderator'.").WithErrorCode(FieldErrorCodes.NotAllowed);
}

internal static class ChangeMemberRoleEndpoint
{
    public static void MapChangeMemberRole(this IEndpointRouteBuilder groups) =>
        groups.MapPut("/{id:guid}/members/{userId:guid}/role", HandleAsync)
            .Validate<ChangeMemberRoleRequest>()
            .RequireAuthorization()
            .WithName("ChangeGroupMemberRole")
            .WithSummary("Promote a member to group moderator or demote back (owner only).");

    private static async Task<Results<Ok<MemberRoleResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, Guid userId, ChangeMemberRoleRequest request, ClaimsPrincipal principal, CommunityDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var context = await db.FindVisibleAsync(id, principal.ToViewer(), cancellationToken);
        if (context is null)
        {
            return GroupProblems.NotFound();
        }

        if (!context.IsOwner)
        {
            return GroupProblems.NotAllowed("Only the owner can change roles.");
        }

        var target = await db.Set<GroupMember>().FirstOrDefaultAsync(m => m.GroupId == id && m.UserId == userId, cancellationToken);
        if (target is null)
        {
            return ApiProblems.NotFound(GroupMemberProblems.NotAMember, "That person is not a member of this group.");
        }

        if (target.Role == GroupRole.Owner)
        {
            return ApiProblems.Conflict(GroupMemberProblems.CannotChangeOwner, "Transfer ownership instead.");
        }

        var role = request.Role == "moderator" ? GroupRole.Moderator : GroupRole.Member;
        if (target.Role != role)
        {
            target.Role = role;
            context.Group.RecordRoleChanged(userId, role, principal.GetUserId(), timeProvider.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(new MemberRoleResponse(userId, GroupSettingsText.Role(role)));
    }
}

internal sealed record MemberRoleResponse(Guid UserId, string Role);
