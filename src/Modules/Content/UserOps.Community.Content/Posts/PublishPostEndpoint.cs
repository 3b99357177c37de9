using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Groups.Contracts;

namespace UserOps.Community.Content.Posts;

internal static class PublishPostEndpoint
{
    public static void MapPublishPost(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/groups/{groupId:guid}/posts", HandleAsync)
            .Validate<PublishPostRequest>()
            .RequireAuthorization()
            .WithTags("Posts")
            .WithName("PublishPost")
            .WithSummary("Publish a post in a group (members only). The body is Markdown, rendered to sanitised HTML.");

    private static async Task<Results<Created<PostResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid groupId,
        PublishPostRequest request,
        ClaimsPrincipal principal,
        CommunityDbContext db,
        IGroupAccessQuery groups,
        PostPublisher publisher,
        LinkPolicy links,
        Mentions mentions,
        PostViews views,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var viewer = principal.ToViewer();
        var access = await groups.GetAsync(groupId, viewer, cancellationToken);
        if (access is not { CanView: true })
        {
            return ContentProblems.GroupNotFound();
        }

        if (ContentProblems.CheckCanContribute(access) is { } refusal)
        {
            return refusal;
        }

        if (await links.CheckAsync(viewer, request.Body, cancellationToken) is { } noLinks)
        {
            return noLinks;
        }

        var authorId = viewer.UserId!.Value;
        var post = publisher.Publish(groupId, access.IsPublic, authorId, request.Title, request.Body, request.Tags);
        foreach (var mentioned in await mentions.ResolveAsync(groupId, authorId, post.Body, cancellationToken))
        {
            db.AddIntegrationEvent(new UserMentioned(mentioned, authorId, groupId, post.Id, null) { OccurredAt = post.CreatedAt }, post.Id, timeProvider);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/posts/{post.Id}", await views.PublishedAsync(post, viewer, access.CanModerate, cancellationToken));
    }
}
