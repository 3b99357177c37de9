using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using UserOps.Community.Identity.Domain;

namespace UserOps.Community.Identity.Logout;

internal static class LogoutEndpoint
{
    public static void MapLogout(this IEndpointRouteBuilder auth) =>
        auth.MapPost("/logout", HandleAsync)
            .RequireAuthorization()
            .WithName("Logout")
            .WithSummary("Sign out: clears the cookie and revokes every refresh token of the member.");

    private static async Task<NoContent> HandleAsync(
        ClaimsPrincipal principal, SignInManager<CommunityUser> signInManager, UserManager<CommunityUser> userManager)
    {
        if (await userManager.GetUserAsync(principal) is { } user)
        {
            // A new security stamp invalidates outstanding refresh tokens and cookies.
            await userManager.UpdateSecurityStampAsync(user);
        }

        await signInManager.SignOutAsync();
        return TypedResults.NoContent();
    }
}
