using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Security;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Identity.Domain;

namespace UserOps.Community.Identity.AdminRoles;

internal sealed record UserRolesResponse(Guid UserId, IReadOnlyList<string> Roles);

internal static class SetUserRolesEndpoint
{
    public const string CannotDemoteSelf = "cannot_demote_self";

    public static void MapSetUserRoles(this IEndpointRouteBuilder admin) =>
        admin.MapPut("/users/{id:guid}/roles", HandleAsync)
            .Validate<SetUserRolesRequest>()
            .RequireAuthorization(CommunityPolicies.Admin)
            .WithName("SetUserRoles")
            .WithSummary("Replace a member's roles (Member is always kept).");

    private static async Task<Results<Ok<UserRolesResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id,
        SetUserRolesRequest request,
        ClaimsPrincipal principal,
        UserManager<CommunityUser> userManager,
        CommunityDbContext db,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var user = await userManager.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return ApiProblems.NotFound(ProblemCodes.NotFound, "No such member.");
        }

        var wanted = request.Roles.Append(CommunityRoles.Member).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var adminId = principal.GetUserId();
        if (adminId == id && !wanted.Contains(CommunityRoles.Admin))
        {
            return ApiProblems.Conflict(CannotDemoteSelf, "Admins cannot remove their own Admin role; ask another admin.");
        }

        var current = await userManager.GetRolesAsync(user);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var removed = await userManager.RemoveFromRolesAsync(user, current.Except(wanted));
        var added = removed.Succeeded ? await userManager.AddToRolesAsync(user, wanted.Except(current)) : removed;
        if (!added.Succeeded)
        {
            return ApiProblems.Conflict(ProblemCodes.Conflict, "The roles were changed at the same time; reload and try again.");
        }

        user.RecordRolesChanged(wanted, adminId, timeProvider.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new UserRolesResponse(user.Id, wanted));
    }
}
