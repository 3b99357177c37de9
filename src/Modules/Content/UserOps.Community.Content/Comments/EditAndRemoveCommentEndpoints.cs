using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Content.Domain;
using UserOps.Community.Content.Rendering;
using UserOps.Community.Content.Visibility;

namespace UserOps.Community.Content.Comments;

internal static class EditAndRemoveCommentEndpoints
{
    public static void MapEditAndRemoveComment(this IEndpointRouteBuilder comments)
    {
        comments.MapPatch("/{id:guid}", EditAsync)
            .Validate<EditCommentRequest>()
            .RequireAuthorization()
            .WithName("EditComment")
            .WithSummary("Edit my comment.");
        comments.MapDelete("/{id:guid}", RemoveAsync)
            .RequireAuthorization()
            .WithName("RemoveComment")
            .WithSummary("Remove a comment (its author or a moderator); it shows as removed.");
    }

    private static async Task<Results<Ok<CommentResponse>, ValidationProblem, ProblemHttpResult>> EditAsync(
        Guid id, EditCommentRequest request, ClaimsPrincipal principal, PostAccess access, CommunityDbContext db,
        MarkdownRenderer renderer, CommentViews views, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var viewer = principal.ToViewer();
        var visible = await access.FindCommentAsync(id, viewer, cancellationToken);
        if (visible is null)
        {
            return ContentProblems.CommentNotFound();
        }

        var comment = visible.Comment;
        if (comment.AuthorId != viewer.UserId)
        {
            return ContentProblems.NotAuthor();
        }

        if (comment.IsRemoved)
        {
            return ContentProblems.Removed();
        }

        comment.Body = request.Body;
        comment.BodyHtml = renderer.ToHtml(request.Body);
        comment.EditedAt = timeProvider.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await views.OneAsync(comment, viewer, cancellationToken));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        Guid id, string? reason, ClaimsPrincipal principal, PostAccess access, CommunityDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var viewer = principal.ToViewer();
        var visible = await access.FindCommentAsync(id, viewer, cancellationToken);
        if (visible is null)
        {
            return ContentProblems.CommentNotFound();
        }

        var comment = visible.Comment;
        if (comment.AuthorId != viewer.UserId && !visible.Access.CanModerate)
        {
            return ContentProblems.ModeratorRequired();
        }

        if (comment.IsRemoved)
        {
            return TypedResults.NoContent();
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        comment.RemovedAt = now;
        comment.RemovedBy = viewer.UserId;
        comment.RemovalReason = ContentRules.NormalizeReason(reason);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.AddIntegrationEvent(
            new CommentRemoved(comment.Id, comment.PostId, comment.GroupId, comment.AuthorId, viewer.UserId!.Value, comment.RemovalReason) { OccurredAt = now },
            comment.PostId,
            timeProvider);
        await db.SaveChangesAsync(cancellationToken);
        await CommentCounts.AdjustAsync(db, comment.PostId, comment.ParentCommentId, -1, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
