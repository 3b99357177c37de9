using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Identity.Domain;

namespace UserOps.Community.Identity.Profile;

internal static class UpdateMyProfileEndpoint
{
    public static void MapUpdateMyProfile(this IEndpointRouteBuilder me) =>
        me.MapPatch("/", HandleAsync)
            .Validate<UpdateProfileRequest>()
            .WithName("UpdateMyProfile")
            .WithSummary("Change the signed-in member's profile; fields left out keep their values.");

    private static async Task<Results<Ok<ProfileResponse>, ValidationProblem, UnauthorizedHttpResult, ProblemHttpResult>> HandleAsync(
        UpdateProfileRequest request,
        ClaimsPrincipal principal,
        UserManager<CommunityUser> userManager,
        TimeProvider timeProvider)
    {
        var user = await userManager.GetUserAsync(principal);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }

        user.UpdateProfile(
            new ProfileChanges(
                request.DisplayName?.Trim(),
                request.Bio?.Trim(),
                request.AvatarUrl?.Trim(),
                request.TimeZone,
                request.Locale,
                request.Interests,
                request.Region?.Trim(),
                request.LeaderboardOptOut),
            timeProvider.GetUtcNow().UtcDateTime);
        var result = await userManager.UpdateAsync(user);
        if (!result.Succeeded)
        {
            // Identity reports a lost optimistic-concurrency race as a failed result, not an exception.
            return ApiProblems.Conflict(ProblemCodes.Conflict, "The profile was changed at the same time; reload and try again.");
        }

        var roles = await userManager.GetRolesAsync(user);
        return TypedResults.Ok(ProfileMapper.ToResponse(user, [.. roles.Order(StringComparer.Ordinal)]));
    }
}
