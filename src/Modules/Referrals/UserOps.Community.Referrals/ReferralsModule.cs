using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Security;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Engagement.Contracts;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.Referrals.Activation;
using UserOps.Community.Referrals.Campaigns;
using UserOps.Community.Referrals.Codes;
using UserOps.Community.Referrals.Contracts;
using UserOps.Community.Referrals.Invites;
using UserOps.Community.Referrals.MyReferrals;
using UserOps.Community.Referrals.Persistence;
using UserOps.Community.Referrals.PublicInvite;
using UserOps.Community.Referrals.Revocation;
using UserOps.Community.Referrals.Rewards;
using UserOps.Community.Referrals.Stats;

namespace UserOps.Community.Referrals;

/// <summary>Invite codes and links, attribution at registration, activation-based rewards and referral statistics.</summary>
public static class ReferralsModule
{
    public static IServiceCollection AddReferralsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IModuleModel, ReferralsModel>();
        // Validators are stateless: built once, not for every request.
        services.AddValidatorsFromAssembly(typeof(ReferralsModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddOptions<ReferralOptions>().BindConfiguration(ReferralOptions.SectionName);
        services.AddScoped<IInviteCodes, InviteCodes>();
        services.AddScoped<InviteLinks>();
        services.AddScoped<ReferralActivator>();
        services.AddScoped<ActivationQueue>();
        services.AddScoped<IDeliveryCommitStep>(sp => sp.GetRequiredService<ActivationQueue>());

        services.AddIntegrationEventHandler<ProfileUpdated, ActivationHandlers>();
        services.AddIntegrationEventHandler<PostPublished, ActivationHandlers>();
        services.AddIntegrationEventHandler<PostRemoved, ActivationHandlers>();
        services.AddIntegrationEventHandler<CheckInRecorded, ActivationHandlers>();
        services.AddIntegrationEventHandler<MemberBanned, BanRevocationHandler>();
        services.AddIntegrationEventHandler<PointsAwarded, ReferralPointsHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapReferralsModule(this IEndpointRouteBuilder endpoints)
    {
        var me = endpoints.MapGroup("/api/me").WithTags("Referrals").RequireAuthorization();
        me.MapMyInvites();
        me.MapMyReferrals();

        var invites = endpoints.MapGroup("/api/invites").WithTags("Referrals");
        invites.MapGetInvite();

        var admin = endpoints.MapGroup("/api/admin").WithTags("Referrals").RequireAuthorization(CommunityPolicies.Operator);
        admin.MapCampaigns();
        admin.MapReferralStats();
        return endpoints;
    }
}
