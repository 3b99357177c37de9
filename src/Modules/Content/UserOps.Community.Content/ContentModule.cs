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
using UserOps.Community.Content.Comments;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Content.Demo;
using UserOps.Community.Content.Feeds;
using UserOps.Community.Content.Moderation;
using UserOps.Community.Content.Persistence;
using UserOps.Community.Content.Posts;
using UserOps.Community.Content.Reactions;
using UserOps.Community.Content.Rendering;
using UserOps.Community.Content.Scores;
using UserOps.Community.Content.Search;
using UserOps.Community.Content.Visibility;
using UserOps.Community.Groups.Contracts;

namespace UserOps.Community.Content;

/// <summary>Posts, comments, reactions, feeds and search.</summary>
public static class ContentModule
{
    public static IServiceCollection AddContentModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IModuleModel, ContentModel>();
        // Validators are stateless: built once, not for every request.
        services.AddValidatorsFromAssembly(typeof(ContentModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<PostAccess>();
        services.AddScoped<PostViews>();
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.SectionName)
            .Validate(o => o.FeedCacheFor >= TimeSpan.Zero, "Content:FeedCacheFor must not be negative.")
            .ValidateOnStart();
        services.AddSingleton<FeedCache>();
        services.AddSingleton<ICommittedEventsObserver>(sp => sp.GetRequiredService<FeedCache>());
        services.AddSingleton<TagFeedCache>();
        services.AddSingleton<ICommittedEventsObserver>(sp => sp.GetRequiredService<TagFeedCache>());
        services.AddSingleton<AuthorCache>();
        services.AddSingleton<ICommittedEventsObserver>(sp => sp.GetRequiredService<AuthorCache>());
        services.AddSingleton<MyReactionCache>();
        services.AddSingleton<ICommittedEventsObserver>(sp => sp.GetRequiredService<MyReactionCache>());
        services.AddScoped<PostPublisher>();
        services.AddScoped<LinkPolicy>();
        services.AddScoped<CommentViews>();
        services.AddScoped<Mentions>();
        services.AddScoped<PostSearch>();
        services.AddScoped<ScoreRefresh>();
        services.AddScoped<IDeliveryCommitStep>(sp => sp.GetRequiredService<ScoreRefresh>());
        services.AddIntegrationEventHandler<ReactionAdded, ScoreUpdater>();
        services.AddIntegrationEventHandler<ReactionRemoved, ScoreUpdater>();
        services.AddIntegrationEventHandler<CommentPosted, ScoreUpdater>();
        services.AddIntegrationEventHandler<CommentRemoved, ScoreUpdater>();
        services.AddIntegrationEventHandler<GroupUpdated, GroupVisibilityHandler>();
        services.AddScoped<IDemoSeeder, ContentDemoSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapContentModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPublishPost();
        endpoints.MapGroupFeed();
        endpoints.MapOtherFeeds();
        endpoints.MapSearch();
        endpoints.MapReactions();
        endpoints.MapListComments();

        var posts = endpoints.MapGroup("/api/posts").WithTags("Posts");
        posts.MapGetPost();
        posts.MapEditPost();
        posts.MapListRevisions();
        posts.MapRemovePost();
        posts.MapPinAndLock();
        posts.MapPostComment();

        var comments = endpoints.MapGroup("/api/comments").WithTags("Comments");
        comments.MapEditAndRemoveComment();
        return endpoints;
    }
}
