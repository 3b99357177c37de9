using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Content.Domain;
using UserOps.Community.Content.Visibility;

namespace UserOps.Community.Content.Comments;

internal static class ListCommentsEndpoint
{
    public static void MapListComments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/posts/{id:guid}/comments", ListTopLevelAsync)
            .AllowAnonymous().WithTags("Comments").WithName("ListComments")
            .WithSummary("Top-level comments of a post, oldest first; each says how many replies it has.");
        endpoints.MapGet("/api/comments/{id:guid}/replies", ListRepliesAsync)
            .AllowAnonymous().WithTags("Comments").WithName("ListReplies")
            .WithSummary("Replies to a comment, oldest first.");
    }

    private static async Task<Results<Ok<CursorPage<CommentResponse>>, ProblemHttpResult>> ListTopLevelAsync(
        Guid id, string? cursor, int? limit, ClaimsPrincipal principal, PostAccess access, CommunityDbContext db, CommentViews views, CancellationToken cancellationToken)
    {
        var viewer = principal.ToViewer();
        if (await access.FindPostAsync(id, viewer, cancellationToken) is null)
        {
            return ContentProblems.PostNotFound();
        }

        return await PageAsync(db.Set<Comment>().Where(c => c.PostId == id && c.ParentCommentId == null), cursor, limit, viewer, views, cancellationToken);
    }

    private static async Task<Results<Ok<CursorPage<CommentResponse>>, ProblemHttpResult>> ListRepliesAsync(
        Guid id, string? cursor, int? limit, ClaimsPrincipal principal, PostAccess access, CommunityDbContext db, CommentViews views, CancellationToken cancellationToken)
    {
        var viewer = principal.ToViewer();
        var visible = await access.FindCommentAsync(id, viewer, cancellationToken);
        if (visible is null)
        {
            return ContentProblems.CommentNotFound();
        }

        return await PageAsync(db.Set<Comment>().Where(c => c.PostId == visible.Post.Id && c.ParentCommentId == id), cursor, limit, viewer, views, cancellationToken);
    }

    private static async Task<Results<Ok<CursorPage<CommentResponse>>, ProblemHttpResult>> PageAsync(
        IQueryable<Comment> comments, string? cursor, int? limit, Viewer viewer, CommentViews views, CancellationToken cancellationToken)
    {
        if (!KeysetCursor.TryDecode(cursor, out var after))
        {
            return Paging.InvalidCursor();
        }

        if (after is { } position)
        {
            var at = position.At;
            comments = comments.Above(c => c.CreatedAt, at, c => c.Id, position.Id);
        }

        var take = Paging.Clamp(limit);
        var rows = await comments.AsNoTracking().OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Take(take + 1).ToListAsync(cancellationToken);
        var page = rows.Take(take).ToList();
        var next = rows.Count > take ? KeysetCursor.From(page[^1].CreatedAt, page[^1].Id).Encode() : null;
        return TypedResults.Ok(new CursorPage<CommentResponse>(await views.ManyAsync(page, viewer, cancellationToken), next));
    }
}
