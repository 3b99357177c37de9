using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Json;
using UserOps.Community.BuildingBlocks.Health;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Content;
using UserOps.Community.Engagement;
using UserOps.Community.Groups;
using UserOps.Community.Growth;
using UserOps.Community.Identity;
using UserOps.Community.Referrals;
using UserOps.Community.Notifications;

namespace UserOps.Community.Host.Hosting;

internal static class HostBuilderExtensions
{
    public static WebApplicationBuilder AddCommunityHost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSingleton(TimeProvider.System);
        services.AddCommunityDatabase();
        services.AddOutbox(configuration);
        services.AddDataProtection()
            .SetApplicationName("UserOps.Community")
            .PersistKeysToDbContext<CommunityDbContext>();

        services.AddIdentityModule(configuration);
        services.AddGroupsModule(configuration);
        services.AddContentModule(configuration);
        services.AddGrowthModule(configuration);
        services.AddNotificationsModule(configuration);
        services.AddEngagementModule(configuration);
        services.AddReferralsModule(configuration);

        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        // Binding failures (malformed JSON, wrong types) become exceptions that the API exception handler turns into problems.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        services.AddCommunityProblemDetails();
        services.AddCommunityRateLimiting(configuration);
        services.AddOpenApi(options => options.AddDocumentTransformer<BearerSecurityTransformer>());
        services.AddHealthChecks().AddCommunityReadinessChecks();
        builder.AddCommunityTelemetry();
        builder.AddRequestSizeLimit();
        return builder;
    }
}
