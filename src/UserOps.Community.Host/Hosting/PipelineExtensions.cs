using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;
using UserOps.Community.BuildingBlocks.Health;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.Content;
using UserOps.Community.Engagement;
using UserOps.Community.Groups;
using UserOps.Community.Growth;
using UserOps.Community.Identity;
using UserOps.Community.Referrals;
using UserOps.Community.Notifications;

namespace UserOps.Community.Host.Hosting;

internal static class PipelineExtensions
{
    public static WebApplication UseCommunityPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseWebClient();
        app.UseMiddleware<RequestSizeLimitMiddleware>();
        app.UseMiddleware<NulCharacterGate>();
        app.UseAuthentication();
        app.UseBannedMemberGate();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    public static WebApplication MapCommunityEndpoints(this WebApplication app)
    {
        app.MapIdentityModule();
        app.MapGroupsModule();
        app.MapContentModule();
        app.MapGrowthModule();
        app.MapNotificationsModule();
        app.MapEngagementModule();
        app.MapReferralsModule();
        app.MapOutboxAdmin();

        app.MapOpenApi();
        app.MapScalarApiReference("/docs");
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthRegistration.ReadyTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        app.MapWebClientFallback();
        return app;
    }
}
