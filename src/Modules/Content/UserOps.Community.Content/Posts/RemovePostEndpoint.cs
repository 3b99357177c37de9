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
using UserOps.Community.Content.Search;
using UserOps.Community.Content.Visibility;

namespace UserOps.Community.Content.Posts;

internal static class RemovePostEndpoint
{
    public static void MapRemovePost(this IEndpointRouteBuilder posts) =>
        posts.MapDelete("/{id:guid}", HandleAsync)
            .RequireAuthorization()
            .WithName("RemovePost")
            .WithSummary("Remove a post (its author, group moderators, site moderators). It stays visible as removed.");

    private static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        Guid id, string? reason, ClaimsPrincipal principal, PostAccess access, CommunityDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var viewer = principal.ToViewer();
        var visible = await access.FindPostAsync(id, viewer, cancellationToken);
        if (visible is null)
        {
            return ContentProblems.PostNotFound();
        }

        var post = visible.Post;
        if (post.AuthorId != viewer.UserId && !visible.Access.CanModerate)
        {
            return ContentProblems.ModeratorRequired();
        }

        if (post.IsRemoved)
        {
            return TypedResults.NoContent();
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var remover = viewer.UserId!.Value;
        post.RemovedAt = now;
        post.RemovedBy = remover;
        post.RemovalReason = ContentRules.NormalizeReason(reason);
        post.IsPinned = false;
        await SearchIndexer.RemoveAsync(db, post.Id, cancellationToken);
        db.AddIntegrationEvent(new PostRemoved(post.Id, post.GroupId, post.AuthorId, remover, post.RemovalReason) { OccurredAt = now }, post.Id, timeProvider);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
