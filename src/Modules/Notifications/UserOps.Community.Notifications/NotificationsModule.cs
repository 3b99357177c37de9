using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Engagement.Contracts;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.Notifications.Announcements;
using UserOps.Community.Notifications.Contracts;
using UserOps.Community.Notifications.Handlers;
using UserOps.Community.Notifications.MyNotifications;
using UserOps.Community.Notifications.Notifying;
using UserOps.Community.Notifications.Persistence;
using UserOps.Community.Notifications.Preferences;
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
        services.AddValidatorsFromAssembly(typeof(NotificationsModule).Assembly, includeInternalTypes: true);

        services.AddSignalR().AddMessagePackProtocol().AddRedisBackplaneWhenConfigured(configuration);
        services.AcceptHubAccessTokenFromQuery();
        services.AddSingleton<HostInstance>();
        services.AddSingleton<PushQueue>();
        services.AddSingleton<LiveCoalescer>();
        services.AddHostedService<PushSender>();
        services.AddHostedService<LiveFlusher>();
        services.AddScoped<SubscriptionStore>();
        services.AddScoped<Notifier>();

        services.AddIntegrationEventHandler<PostPublished, ContentHandlers>();
        services.AddIntegrationEventHandler<PostEdited, ContentHandlers>();
        services.AddIntegrationEventHandler<PostRemoved, ContentHandlers>();
        services.AddIntegrationEventHandler<PostModerated, ContentHandlers>();
        services.AddIntegrationEventHandler<CommentPosted, ContentHandlers>();
        services.AddIntegrationEventHandler<CommentRemoved, ContentHandlers>();
        services.AddIntegrationEventHandler<UserMentioned, ContentHandlers>();
        services.AddIntegrationEventHandler<ReactionAdded, ReactionHandlers>();
        services.AddIntegrationEventHandler<ReactionRemoved, ReactionHandlers>();
        services.AddIntegrationEventHandler<MemberJoined, GroupHandlers>();
        services.AddIntegrationEventHandler<MemberLeft, GroupHandlers>();
        services.AddIntegrationEventHandler<MemberRemoved, GroupHandlers>();
        services.AddIntegrationEventHandler<JoinRequestDecided, GroupHandlers>();
        services.AddIntegrationEventHandler<GroupUpdated, GroupHandlers>();
        services.AddIntegrationEventHandler<PointsAwarded, AchievementHandlers>();
        services.AddIntegrationEventHandler<LevelReached, AchievementHandlers>();
        services.AddIntegrationEventHandler<BadgeEarned, AchievementHandlers>();
        services.AddIntegrationEventHandler<RedemptionFulfilled, AchievementHandlers>();
        services.AddIntegrationEventHandler<CheckInRecorded, AchievementHandlers>();
        services.AddIntegrationEventHandler<ChallengeCompleted, AchievementHandlers>();
        services.AddIntegrationEventHandler<ReferralActivated, AchievementHandlers>();
        services.AddIntegrationEventHandler<AnnouncementPublished, AchievementHandlers>();
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
