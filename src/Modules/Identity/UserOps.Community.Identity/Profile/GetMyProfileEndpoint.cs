using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using UserOps.Community.Identity.Domain;

namespace UserOps.Community.Identity.Profile;

internal static class GetMyProfileEndpoint
{
    public static void MapGetMyProfile(this IEndpointRouteBuilder me) =>
        me.MapGet("/", HandleAsync)
            .WithName("GetMyProfile")
            .WithSummary("The signed-in member's profile and roles.");

    private static async Task<Results<Ok<ProfileResponse>, UnauthorizedHttpResult>> HandleAsync(
        ClaimsPrincipal principal, UserManager<CommunityUser> userManager)
    {
        var user = await userManager.GetUserAsync(principal);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }

        var roles = await userManager.GetRolesAsync(user);
        return TypedResults.Ok(ProfileMapper.ToResponse(user, [.. roles.Order(StringComparer.Ordinal)]));
    }
}
