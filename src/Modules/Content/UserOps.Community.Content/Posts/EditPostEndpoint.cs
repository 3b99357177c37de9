using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Content.Domain;
using UserOps.Community.Content.Rendering;
using UserOps.Community.Content.Search;
using UserOps.Community.Content.Visibility;

namespace UserOps.Community.Content.Posts;

internal static class EditPostEndpoint
{
    public static void MapEditPost(this IEndpointRouteBuilder posts) =>
        posts.MapPatch("/{id:guid}", HandleAsync)
            .Validate<EditPostRequest>()
            .RequireAuthorization()
            .WithName("EditPost")
            .WithSummary("Edit my post; the previous version is kept in its history.");

    private static async Task<Results<Ok<PostResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id,
        EditPostRequest request,
        ClaimsPrincipal principal,
        PostAccess access,
        CommunityDbContext db,
        MarkdownRenderer renderer,
        LinkPolicy links,
        PostViews views,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var viewer = principal.ToViewer();
        var visible = await access.FindPostAsync(id, viewer, cancellationToken);
        if (visible is null)
        {
            return ContentProblems.PostNotFound();
        }

        var post = visible.Post;
        if (post.AuthorId != viewer.UserId)
        {
            return ContentProblems.NotAuthor();
        }

        if (post.IsRemoved)
        {
            return ContentProblems.Removed();
        }

        if (request.Body is { } newBody && await links.CheckAsync(viewer, newBody, cancellationToken) is { } noLinks)
        {
            return noLinks;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        db.Add(new PostRevision { PostId = post.Id, Title = post.Title, Body = post.Body, RevisedAt = now, EditorId = post.AuthorId });
        post.Title = request.Title?.Trim() ?? post.Title;
        if (request.Body is { } body)
        {
            post.Body = body;
            post.BodyHtml = renderer.ToHtml(body);
            post.Excerpt = renderer.Excerpt(body, ContentRules.ExcerptMax);
        }

        if (request.Tags is { } tags)
        {
            post.Tags = [.. ContentRules.NormalizeTags(tags)];
            await db.Set<PostTag>().Where(t => t.PostId == post.Id).ExecuteDeleteAsync(cancellationToken);
            foreach (var tag in post.Tags)
            {
                db.Add(new PostTag { Tag = tag, PostId = post.Id, CreatedAt = post.CreatedAt });
            }
        }

        post.EditedAt = now;
        await SearchIndexer.ReindexAsync(db, post, cancellationToken);
        db.AddIntegrationEvent(new PostEdited(post.Id, post.GroupId, post.AuthorId) { OccurredAt = now }, post.Id, timeProvider);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await views.DetailAsync(post, viewer, visible.Access.CanModerate, cancellationToken));
    }
}
