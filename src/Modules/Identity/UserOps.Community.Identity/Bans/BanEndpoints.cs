using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Security;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Identity.Domain;

namespace UserOps.Community.Identity.Bans;

internal sealed record BanRequest(string Reason);

internal sealed record BanResponse(Guid UserId, bool Banned, DateTime? BannedAt, string? Reason);

internal sealed class BanRequestValidator : AbstractValidator<BanRequest>
{
    public BanRequestValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(ProfileRules.BanReasonMax);
}

/// <summary>A small site-wide ban until a moderation module exists: locks the account and revokes its refresh tokens.</summary>
internal static class BanEndpoints
{
    public const string CannotBanSelf = "cannot_ban_self";
    public const string CannotBanAdmin = "cannot_ban_admin";

    public static void MapBans(this IEndpointRouteBuilder admin)
    {
        admin.MapPost("/users/{id:guid}/ban", BanAsync)
            .Validate<BanRequest>()
            .RequireAuthorization(CommunityPolicies.Operator)
            .WithName("BanUser")
            .WithSummary("Ban a member site-wide: sign-in is refused, refresh tokens are revoked, MemberBanned is raised. Repeating it changes nothing.");
        admin.MapDelete("/users/{id:guid}/ban", UnbanAsync)
            .RequireAuthorization(CommunityPolicies.Operator)
            .WithName("UnbanUser")
            .WithSummary("Lift a ban; MemberUnbanned is raised.");
    }

    private static async Task<Results<Ok<BanResponse>, ValidationProblem, ProblemHttpResult>> BanAsync(
        Guid id, BanRequest request, ClaimsPrincipal principal, UserManager<CommunityUser> userManager, CommunityDbContext db,
        BanCache banCache, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (await userManager.FindByIdAsync(id.ToString()) is not { } user)
        {
            return ApiProblems.NotFound(ProblemCodes.NotFound, "No such member.");
        }

        var actor = principal.GetUserId();
        if (actor == id)
        {
            return ApiProblems.Conflict(CannotBanSelf, "You cannot ban yourself.");
        }

        // Only an admin may ban an admin: an operator must not lock out the people who manage roles.
        if (!principal.IsInRole(CommunityRoles.Admin) && await userManager.IsInRoleAsync(user, CommunityRoles.Admin))
        {
            return ApiProblems.Forbidden(CannotBanAdmin, "Only an admin can ban an admin.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (user.Ban(request.Reason.Trim(), actor, timeProvider.GetUtcNow().UtcDateTime))
        {
            // A new security stamp invalidates outstanding refresh tokens and cookies; UpdateSecurityStampAsync also saves the ban.
            var updated = await userManager.UpdateSecurityStampAsync(user);
            if (!updated.Succeeded)
            {
                return ApiProblems.Conflict(ProblemCodes.Conflict, "The member changed at the same time; try again.");
            }
        }

        await transaction.CommitAsync(cancellationToken);
        banCache.Forget(user.Id);
        return TypedResults.Ok(new BanResponse(user.Id, true, user.BannedAt, user.BanReason));
    }

    private static async Task<Results<Ok<BanResponse>, ProblemHttpResult>> UnbanAsync(
        Guid id, ClaimsPrincipal principal, UserManager<CommunityUser> userManager, BanCache banCache, TimeProvider timeProvider)
    {
        if (await userManager.FindByIdAsync(id.ToString()) is not { } user)
        {
            return ApiProblems.NotFound(ProblemCodes.NotFound, "No such member.");
        }

        if (user.Unban(principal.GetUserId(), timeProvider.GetUtcNow().UtcDateTime)
            && !(await userManager.UpdateAsync(user)).Succeeded)
        {
            return ApiProblems.Conflict(ProblemCodes.Conflict, "The member changed at the same time; try again.");
        }

        banCache.Forget(user.Id);
        return TypedResults.Ok(new BanResponse(user.Id, false, null, null));
    }
}
