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
using UserOps.Community.Content.Posts;
using UserOps.Community.Content.Rendering;
using UserOps.Community.Content.Visibility;

namespace UserOps.Community.Content.Comments;

internal static class PostCommentEndpoint
{
    public static void MapPostComment(this IEndpointRouteBuilder posts) =>
        posts.MapPost("/{id:guid}/comments", HandleAsync)
            .Validate<CommentRequest>()
            .RequireAuthorization()
            .WithName("PostComment")
            .WithSummary("Comment on a post, or reply to a top-level comment (one level of replies).");

    private static async Task<Results<Created<CommentResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id,
        CommentRequest request,
        ClaimsPrincipal principal,
        PostAccess access,
        CommunityDbContext db,
        MarkdownRenderer renderer,
        Mentions mentions,
        CommentViews views,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var viewer = principal.ToViewer();
        var visible = await access.FindPostAsync(id, viewer, cancellationToken);
        if (visible is null)
        {
            return ContentProblems.PostNotFound();
        }

        if (ContentProblems.CheckCanContribute(visible.Access) is { } refusal)
        {
            return refusal;
        }

        var post = visible.Post;
        if (post.IsRemoved)
        {
            return ContentProblems.Removed();
        }

        if (post.IsLocked)
        {
            return ContentProblems.Locked();
        }

        Comment? parent = null;
        if (request.ParentCommentId is { } parentId)
        {
            parent = await db.Set<Comment>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == parentId && c.PostId == id, cancellationToken);
            if (parent is null || parent.ParentCommentId is not null || parent.IsRemoved)
            {
                return ApiProblems.Validation("parentCommentId", "reply_target", "Replies go to a visible top-level comment of the same post.");
            }
        }

        var authorId = viewer.UserId!.Value;
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var comment = new Comment
        {
            PostId = id,
            GroupId = post.GroupId,
            ParentCommentId = parent?.Id,
            AuthorId = authorId,
            Body = request.Body,
            BodyHtml = renderer.ToHtml(request.Body),
            CreatedAt = now,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(comment);
        db.AddIntegrationEvent(
            new CommentPosted(comment.Id, id, post.GroupId, authorId, post.AuthorId, parent?.Id, parent?.AuthorId, comment.Body.Length) { OccurredAt = now },
            id,
            timeProvider);
        foreach (var mentioned in await mentions.ResolveAsync(post.GroupId, authorId, comment.Body, cancellationToken))
        {
            db.AddIntegrationEvent(new UserMentioned(mentioned, authorId, post.GroupId, id, comment.Id) { OccurredAt = now }, id, timeProvider);
        }

        await db.SaveChangesAsync(cancellationToken);
        await CommentCounts.AdjustAsync(db, id, parent?.Id, +1, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/comments/{comment.Id}", await views.OneAsync(comment, viewer, cancellationToken));
    }
}
