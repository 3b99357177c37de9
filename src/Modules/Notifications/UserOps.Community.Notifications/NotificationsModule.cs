using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Engagement.Contracts;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.Notifications.Announcements;
using UserOps.Community.Notifications.Contracts;
using UserOps.Community.Notifications.Handlers;
using UserOps.Community.Notifications.MyNotifications;
using UserOps.Community.Notifications.Notifying;
using UserOps.Community.Notifications.Persistence;
using UserOps.Community.Notifications.Preferences;
using UserOps.Community.Notifications.Reactions;
using UserOps.Community.Notifications.Realtime;
using UserOps.Community.Notifications.Scaleout;
using UserOps.Community.Referrals.Contracts;

namespace UserOps.Community.Notifications;

/// <summary>The notification centre and the real-time hub: stores what members should know and pushes it live.</summary>
public static class NotificationsModule
{
    public static IServiceCollection AddNotificationsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IModuleModel, NotificationsModel>();
        // Validators are stateless: built once, not for every request.
        services.AddValidatorsFromAssembly(typeof(NotificationsModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);

        services.Configure<HubLimitOptions>(configuration.GetSection(HubLimitOptions.SectionName));
        services.AddSingleton<HubInvocationLimiter>();
        services.AddSignalR(options => options.AddFilter<HubInvocationLimiter>())
            .AddMessagePackProtocol().AddRedisBackplaneWhenConfigured(configuration);
        services.AcceptHubAccessTokenFromQuery();
        services.AddSingleton<HostInstance>();
        services.AddSingleton<PushQueue>();
        services.AddSingleton<ICommittedEventsObserver, CommittedPostPushes>();
        services.AddSingleton<LiveCoalescer>();
        services.AddHostedService<PushSender>();
        services.AddHostedService<LiveFlusher>();
        services.AddScoped<SubscriptionStore>();
        services.AddScoped<Notifier>();
        services.AddScoped<ReactionTally>();
        services.AddScoped<IDeliveryCommitStep, NotificationsCommitStep>();

        // Their own lane: a push must not wait behind points and counters for the same events (ADR 0031). A new post
        // needs no delivery at all: CommittedPostPushes sends it at commit (ADR 0046).
        services.AddIntegrationEventHandler<PostEdited, ContentHandlers>(OutboxLane.Realtime);
        services.AddIntegrationEventHandler<PostRemoved, ContentHandlers>(OutboxLane.Realtime);
        services.AddIntegrationEventHandler<PostModerated, ContentHandlers>(OutboxLane.Realtime);
        services.AddIntegrationEventHandler<CommentPosted, ContentHandlers>(OutboxLane.Realtime);
        services.AddIntegrationEventHandler<CommentRemoved, ContentHandlers>(OutboxLane.Realtime);
        services.AddIntegrationEventHandler<UserMentioned, ContentHandlers>(OutboxLane.Realtime);
        services.AddIntegrationEventHandler<ReactionAdded, ReactionHandlers>(OutboxLane.Realtime);
        services.AddIntegrationEventHandler<ReactionRemoved, ReactionHandlers>(OutboxLane.Realtime);
        services.AddIntegrationEventHandler<MemberJoined, GroupHandlers>(OutboxLane.Realtime);
        services.AddIntegrationEventHandler<MemberLeft, GroupHandlers>(OutboxLane.Realtime);
        services.AddIntegrationEventHandler<MemberRemoved, GroupHandlers>(OutboxLane.Realtime);
        services.AddIntegrationEventHandler<JoinRequestDecided, GroupHandlers>(OutboxLane.Realtime);
        services.AddIntegrationEventHandler<GroupUpdated, GroupHandlers>(OutboxLane.Realtime);
        services.AddIntegrationEventHandler<PointsAwarded, AchievementHandlers>(OutboxLane.Realtime);
        services.AddIntegrationEventHandler<LevelReached, AchievementHandlers>(OutboxLane.Realtime);
        services.AddIntegrationEventHandler<BadgeEarned, AchievementHandlers>(OutboxLane.Realtime);
        services.AddIntegrationEventHandler<RedemptionFulfilled, AchievementHandlers>(OutboxLane.Realtime);
        services.AddIntegrationEventHandler<CheckInRecorded, AchievementHandlers>(OutboxLane.Realtime);
        services.AddIntegrationEventHandler<ChallengeCompleted, AchievementHandlers>(OutboxLane.Realtime);
        services.AddIntegrationEventHandler<ReferralActivated, AchievementHandlers>(OutboxLane.Realtime);
        services.AddIntegrationEventHandler<AnnouncementPublished, AchievementHandlers>(OutboxLane.Realtime);
        services.AddIntegrationEventHandler<MemberBanned, AccountHandlers>(OutboxLane.Realtime);
        return services;
    }

    public static IEndpointRouteBuilder MapNotificationsModule(this IEndpointRouteBuilder endpoints)
    {
        var me = endpoints.MapGroup("/api/me/notifications").WithTags("Notifications").RequireAuthorization();
        me.MapListNotifications();
        me.MapReadNotifications();
        endpoints.MapNotificationPreferences();
        endpoints.MapPublishAnnouncement();
        endpoints.MapHub<CommunityHub>(CommunityHub.Path);
        return endpoints;
    }
}
