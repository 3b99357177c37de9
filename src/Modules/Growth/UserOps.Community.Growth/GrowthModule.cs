using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Seeding;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Engagement.Contracts;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Growth.Badges;
using UserOps.Community.Growth.Batching;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.Growth.Engine;
using UserOps.Community.Growth.Handlers;
using UserOps.Community.Growth.Leaderboards;
using UserOps.Community.Growth.Ledger;
using UserOps.Community.Growth.Levels;
using UserOps.Community.Growth.Persistence;
using UserOps.Community.Growth.Rewards;
using UserOps.Community.Growth.Points;
using UserOps.Community.Growth.Rules;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.Referrals.Contracts;

namespace UserOps.Community.Growth;

/// <summary>Points, rules, levels and privileges: turns what members do into rewards.</summary>
public static class GrowthModule
{
    public static IServiceCollection AddGrowthModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IModuleModel, GrowthModel>();
        // Validators are stateless: built once, not for every request.
        services.AddValidatorsFromAssembly(typeof(GrowthModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddAuthorizationBuilder().AddPolicy(GrowthPolicies.StaffPolicy, p => p.RequireRole(GrowthPolicies.StaffRoles));
        services.AddOptions<GrowthOptions>().BindConfiguration(GrowthOptions.SectionName)
            .Validate(o => o.ExactRankWithin >= 1 && o.RankSnapshotFor > TimeSpan.Zero, "Growth:ExactRankWithin must be at least 1 and Growth:RankSnapshotFor positive.")
            .ValidateOnStart();
        services.AddScoped<GrowthSnapshot>();
        services.AddScoped<SeasonBoards>();
        services.AddScoped<BatchUpserts>();
        services.AddScoped<RuleUsage>();
        services.AddScoped<DeliveryBatch>();
        services.AddScoped<DeliveryPrefetch>();
        services.AddScoped<IDeliveryCommitStep>(sp => sp.GetRequiredService<DeliveryBatch>());
        services.AddScoped<LeaderboardWriter>();
        services.AddScoped<LeaderboardReader>();
        services.AddSingleton<RankSnapshots>();
        services.AddMemoryCache();
        services.AddScoped<MemberCounters>();
        services.AddScoped<BadgeAwarder>();
        services.AddScoped<PointsLedger>();
        services.AddScoped<PointsGrants>();
        services.AddScoped<LevelProgression>();
        services.AddScoped<PointsEngine>();
        services.AddScoped<IPrivilegeQuery, PrivilegeQuery>();
        services.AddScoped<PointsWallet>();
        services.AddScoped<IPointsWallet>(sp => sp.GetRequiredService<PointsWallet>());
        services.AddScoped<IPointsAwardQuery>(sp => sp.GetRequiredService<PointsWallet>());
        services.AddScoped<IStartupTask, DefaultLevelsTask>();

        services.AddIntegrationEventHandler<PostPublished, ContentActivityHandlers>();
        services.AddIntegrationEventHandler<PostRemoved, ContentActivityHandlers>();
        services.AddIntegrationEventHandler<CommentPosted, ContentActivityHandlers>();
        services.AddIntegrationEventHandler<CommentRemoved, ContentActivityHandlers>();
        services.AddIntegrationEventHandler<ReactionAdded, ContentActivityHandlers>();
        services.AddIntegrationEventHandler<ReactionRemoved, ContentActivityHandlers>();
        services.AddIntegrationEventHandler<MemberJoined, MemberActivityHandlers>();
        services.AddIntegrationEventHandler<MemberLeft, MemberActivityHandlers>();
        services.AddIntegrationEventHandler<MemberRemoved, MemberActivityHandlers>();
        services.AddIntegrationEventHandler<ProfileUpdated, MemberActivityHandlers>();
        services.AddIntegrationEventHandler<UserSignedIn, MemberActivityHandlers>();
        services.AddIntegrationEventHandler<CheckInRecorded, EngagementActivityHandlers>();
        services.AddIntegrationEventHandler<StreakReached, EngagementActivityHandlers>();
        services.AddIntegrationEventHandler<ChallengeCompleted, EngagementActivityHandlers>();
        services.AddIntegrationEventHandler<StreakBroken, EngagementActivityHandlers>();
        services.AddIntegrationEventHandler<LeaderboardOptOutChanged, ExclusionHandler>();
        services.AddIntegrationEventHandler<MemberBanned, ExclusionHandler>();
        services.AddIntegrationEventHandler<MemberUnbanned, ExclusionHandler>();
        services.AddIntegrationEventHandler<BadgeBackfillRequested, BadgeBackfillHandler>();
        services.AddIntegrationEventHandler<ReferralActivated, ReferralActivityHandlers>();
        services.AddIntegrationEventHandler<ReferralRevoked, ReferralActivityHandlers>();
        return services;
    }

    public static IEndpointRouteBuilder MapGrowthModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPointsEndpoints();
        endpoints.MapGrantPoints();
        endpoints.MapRuleEndpoints();
        endpoints.MapPreviewRule();
        endpoints.MapLevelEndpoints();
        endpoints.MapLeaderboards();
        endpoints.MapReferrersLeaderboard();
        endpoints.MapSeasons();
        endpoints.MapRewardEndpoints();
        endpoints.MapRedeemReward();
        endpoints.MapFulfilment();
        endpoints.MapBadgeEndpoints();
        return endpoints;
    }
}
