using System.Globalization;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using UserOps.Community.BuildingBlocks.Time;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Identity.Domain;

namespace UserOps.Community.Identity.Login;

internal static class LoginEndpoint
{
    public const string InvalidCredentials = "invalid_credentials";
    public const string LockedOut = "account_locked_out";
    public const string AccountBanned = "account_banned";

    public static void MapLogin(this IEndpointRouteBuilder auth) =>
        auth.MapPost("/login", HandleAsync)
            .Validate<LoginRequest>()
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .Produces<AccessTokenResponse>()
            .WithName("Login")
            .WithSummary("Sign in: returns bearer and refresh tokens, or with ?useCookies=true sets an HttpOnly cookie.");

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> HandleAsync(
        LoginRequest request,
        bool? useCookies,
        HttpContext httpContext,
        SignInManager<CommunityUser> signInManager,
        UserManager<CommunityUser> userManager,
        TimeProvider timeProvider)
    {
        // Identity's own sign-in writes the cookie or the token response; we only choose the scheme.
        signInManager.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = await signInManager.PasswordSignInAsync(request.Email.Trim(), request.Password, isPersistent: useCookies == true, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            var user = await userManager.FindByEmailAsync(request.Email.Trim());
            if (user?.BannedAt is not null)
            {
                return ApiProblems.Forbidden(AccountBanned, "This account is banned.");
            }

            var retryAfter = user?.LockoutEnd is { } end ? Math.Max(1, (int)Math.Ceiling((end - timeProvider.GetUtcNow()).TotalSeconds)) : 60;
            httpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            return ApiProblems.Problem(StatusCodes.Status429TooManyRequests, LockedOut, "Too many failed sign-in attempts; try again later.");
        }

        if (!result.Succeeded)
        {
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, InvalidCredentials, "Email or password is incorrect.");
        }

        await RecordDailySignInAsync(request.Email.Trim(), userManager, timeProvider);
        return TypedResults.Empty;
    }

    private static async Task RecordDailySignInAsync(string email, UserManager<CommunityUser> userManager, TimeProvider timeProvider)
    {
        var user = await userManager.FindByEmailAsync(email);
        if (user is not null && user.RecordSignIn(timeProvider.Today(user.TimeZone), timeProvider.GetUtcNow().UtcDateTime))
        {
            // A concurrent sign-in may win the race; its event already counts this day.
            await userManager.UpdateAsync(user);
        }
    }
}
