using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Engagement.Calendar;
using UserOps.Community.Engagement.Challenges;
using UserOps.Community.Engagement.CheckIns;
using UserOps.Community.Engagement.Contracts;
using UserOps.Community.Engagement.Counts;
using UserOps.Community.Engagement.Makeup;
using UserOps.Community.Engagement.Persistence;
using UserOps.Community.Engagement.Streaks;

namespace UserOps.Community.Engagement;

/// <summary>Daily check-ins, streaks, make-up check-ins and time-boxed challenges.</summary>
public static class EngagementModule
{
    public static IServiceCollection AddEngagementModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IModuleModel, EngagementModel>();
        // Validators are stateless: built once, not for every request.
        services.AddValidatorsFromAssembly(typeof(EngagementModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        // PeriodicTimer refuses periods above ~49.7 days: a bad value fails at start-up, not later in the background.
        services.AddOptions<EngagementOptions>().BindConfiguration(EngagementOptions.SectionName)
            .Validate(o => o.StreakJobInterval > TimeSpan.Zero && o.StreakJobInterval <= TimeSpan.FromDays(49), "Engagement:StreakJobInterval must be between 0 and 49 days.")
            .Validate(o => o.Makeup is { Cost: >= 0, MonthlyLimit: >= 0, WindowDays: >= 1 }, "Engagement:Makeup needs Cost >= 0, MonthlyLimit >= 0 and WindowDays >= 1.")
            .Validate(o => o.StreakMilestones.All(m => m > 0), "Engagement:StreakMilestones must be positive.")
            .ValidateOnStart();
        services.AddScoped<StreakStore>();
        services.AddScoped<CheckInCounters>();
        services.AddScoped<ICheckInCounts>(sp => sp.GetRequiredService<CheckInCounters>());
        services.AddScoped<ChallengeProgress>();
        services.AddScoped<CheckInRecorder>();
        services.AddScoped<MakeupRecorder>();
        services.AddScoped<StreakBreakScanner>();
        services.AddHostedService<StreakBreakJob>();
        services.AddIntegrationEventHandler<PostPublished, ContentActivityHandlers>();
        services.AddIntegrationEventHandler<CommentPosted, ContentActivityHandlers>();
        services.AddIntegrationEventHandler<ReactionAdded, ContentActivityHandlers>();
        services.AddIntegrationEventHandler<PostRemoved, ContentActivityHandlers>();
        services.AddIntegrationEventHandler<CommentRemoved, ContentActivityHandlers>();
        services.AddIntegrationEventHandler<ReactionRemoved, ContentActivityHandlers>();
        return services;
    }

    public static IEndpointRouteBuilder MapEngagementModule(this IEndpointRouteBuilder endpoints)
    {
        var checkIns = endpoints.MapGroup("/api/check-ins").WithTags("Check-ins");
        checkIns.MapCheckIn();
        checkIns.MapMakeup();
        checkIns.MapTodayCount();
        endpoints.MapGroup("/api/me").WithTags("Check-ins").MapCheckInCalendar();

        var challenges = endpoints.MapGroup("/api/challenges").WithTags("Challenges");
        challenges.MapCreateChallenge();
        challenges.MapChallengeQueries();
        challenges.MapEnrol();
        return endpoints;
    }
}
