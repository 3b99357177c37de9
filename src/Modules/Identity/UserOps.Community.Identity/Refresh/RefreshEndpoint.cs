using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Identity.Domain;

namespace UserOps.Community.Identity.Refresh;

internal sealed record RefreshRequest(string RefreshToken);

internal static class RefreshEndpoint
{
    public const string InvalidRefreshToken = "invalid_refresh_token";

    public static void MapRefresh(this IEndpointRouteBuilder auth) =>
        auth.MapPost("/refresh", HandleAsync)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .Produces<AccessTokenResponse>()
            .WithName("RefreshToken")
            .WithSummary("Exchange a refresh token for new tokens. Fails once the member has signed out.");

    // Mirrors Identity's MapIdentityApi refresh: the refresh ticket is checked against the security stamp.
    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> HandleAsync(
        RefreshRequest request,
        SignInManager<CommunityUser> signInManager,
        IOptionsMonitor<BearerTokenOptions> bearerTokenOptions,
        TimeProvider timeProvider)
    {
        var protector = bearerTokenOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = string.IsNullOrEmpty(request.RefreshToken) ? null : protector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expiresUtc
            || timeProvider.GetUtcNow() >= expiresUtc
            || await signInManager.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, InvalidRefreshToken, "The refresh token is invalid or expired.");
        }

        var principal = await signInManager.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}
