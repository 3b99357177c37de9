using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace UserOps.Community.Notifications.Realtime;

internal static class HubAuthentication
{
    /// <summary>
    /// Browsers cannot set headers on WebSockets, so SignalR clients send the bearer token as ?access_token=;
    /// accept it on the hub path only, where it never ends up in ordinary API request logs.
    /// </summary>
    public static IServiceCollection AcceptHubAccessTokenFromQuery(this IServiceCollection services)
    {
        services.PostConfigure<BearerTokenOptions>(IdentityConstants.BearerScheme, options =>
        {
            var previous = options.Events.OnMessageReceived;
            options.Events.OnMessageReceived = async context =>
            {
                await previous(context);
                if (context.Token is null && context.HttpContext.Request.Path.StartsWithSegments(CommunityHub.Path)
                    && context.Request.Query["access_token"] is { Count: > 0 } token)
                {
                    context.Token = token.ToString();
                }
            };
        });
        return services;
    }
}
