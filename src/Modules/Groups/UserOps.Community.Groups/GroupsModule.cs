using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Seeding;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Groups.Access;
using UserOps.Community.Groups.ArchiveGroup;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Groups.CreateGroup;
using UserOps.Community.Groups.Demo;
using UserOps.Community.Groups.GetGroup;
using UserOps.Community.Groups.Invitations;
using UserOps.Community.Groups.JoinGroup;
using UserOps.Community.Groups.JoinRequests;
using UserOps.Community.Groups.LeaveGroup;
using UserOps.Community.Groups.ListGroups;
using UserOps.Community.Groups.Members;
using UserOps.Community.Groups.Persistence;
using UserOps.Community.Groups.PostCounts;
using UserOps.Community.Groups.Referrals;
using UserOps.Community.Groups.UpdateGroup;
using UserOps.Community.Referrals.Contracts;

namespace UserOps.Community.Groups;

/// <summary>Groups (communities) and their membership.</summary>
public static class GroupsModule
{
    public static IServiceCollection AddGroupsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IModuleModel, GroupsModel>();
        // Validators are stateless: built once, not for every request.
        services.AddValidatorsFromAssembly(typeof(GroupsModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddScoped<IGroupAccessQuery, GroupAccessQuery>();
        services.AddOptions<GroupsOptions>().BindConfiguration(GroupsOptions.SectionName)
            .Validate(o => o.ReadCacheFor >= TimeSpan.Zero, "Groups:ReadCacheFor must not be negative.")
            .ValidateOnStart();
        services.AddSingleton<GroupReadCache>();
        services.AddSingleton<ICommittedEventsObserver>(sp => sp.GetRequiredService<GroupReadCache>());
        services.AddScoped<IGroupReadAccess, GroupReadAccess>();
        services.AddScoped<IGroupDirectory, GroupDirectory>();
        services.AddScoped<PostCountTally>();
        services.AddScoped<IDeliveryCommitStep>(sp => sp.GetRequiredService<PostCountTally>());
        services.AddIntegrationEventHandler<PostPublished, PostPublishedCounter>();
        services.AddIntegrationEventHandler<PostRemoved, PostRemovedCounter>();
        services.AddIntegrationEventHandler<ReferralAttributed, ReferralJoinHandler>();
        services.AddScoped<IDemoSeeder, GroupsDemoSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapGroupsModule(this IEndpointRouteBuilder endpoints)
    {
        var groups = endpoints.MapGroup("/api/groups").WithTags("Groups");
        groups.MapCreateGroup();
        groups.MapListGroups();
        groups.MapGetGroup();
        groups.MapUpdateGroup();
        groups.MapArchiveGroup();
        groups.MapJoinGroup();
        groups.MapLeaveGroup();
        groups.MapListMembers();
        groups.MapRemoveMember();
        groups.MapChangeMemberRole();
        groups.MapTransferOwnership();
        groups.MapListJoinRequests();
        groups.MapDecideJoinRequest();
        groups.MapInviteMember();
        return endpoints;
    }
}
