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
using UserOps.Community.Content.Posts;
using UserOps.Community.Content.Visibility;

namespace UserOps.Community.Content.Moderation;

internal static class PinAndLockEndpoints
{
    public static void MapPinAndLock(this IEndpointRouteBuilder posts)
    {
        posts.MapPost("/{id:guid}/pin", (Guid id, ClaimsPrincipal p, PostAccess a, CommunityDbContext db, PostViews v, TimeProvider t, CancellationToken ct) =>
            SetAsync(id, post => post.IsPinned = true, p, a, db, v, t, ct)).RequireAuthorization().WithName("PinPost").WithSummary("Pin a post to the top of its group (moderators).");
        posts.MapDelete("/{id:guid}/pin", (Guid id, ClaimsPrincipal p, PostAccess a, CommunityDbContext db, PostViews v, TimeProvider t, CancellationToken ct) =>
            SetAsync(id, post => post.IsPinned = false, p, a, db, v, t, ct)).RequireAuthorization().WithName("UnpinPost").WithSummary("Unpin a post (moderators).");
        posts.MapPost("/{id:guid}/lock", (Guid id, ClaimsPrincipal p, PostAccess a, CommunityDbContext db, PostViews v, TimeProvider t, CancellationToken ct) =>
            SetAsync(id, post => post.IsLocked = true, p, a, db, v, t, ct)).RequireAuthorization().WithName("LockPost").WithSummary("Lock a post: no new comments (moderators).");
        posts.MapDelete("/{id:guid}/lock", (Guid id, ClaimsPrincipal p, PostAccess a, CommunityDbContext db, PostViews v, TimeProvider t, CancellationToken ct) =>
            SetAsync(id, post => post.IsLocked = false, p, a, db, v, t, ct)).RequireAuthorization().WithName("UnlockPost").WithSummary("Unlock a post (moderators).");
    }

    private static async Task<Results<Ok<PostResponse>, ProblemHttpResult>> SetAsync(
        Guid id, Action<Post> change, ClaimsPrincipal principal, PostAccess access, CommunityDbContext db, PostViews views, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var viewer = principal.ToViewer();
        var visible = await access.FindPostAsync(id, viewer, cancellationToken);
        if (visible is null)
        {
            return ContentProblems.PostNotFound();
        }

        if (!visible.Access.CanModerate)
        {
            return ContentProblems.ModeratorRequired();
        }

        var post = visible.Post;
        if (post.IsRemoved)
        {
            return ContentProblems.Removed();
        }

        var (pinned, locked) = (post.IsPinned, post.IsLocked);
        change(post);
        if (pinned != post.IsPinned || locked != post.IsLocked)
        {
            var now = timeProvider.GetUtcNow().UtcDateTime;
            db.AddIntegrationEvent(new PostModerated(post.Id, post.GroupId, post.AuthorId, post.IsPinned, post.IsLocked, viewer.UserId!.Value) { OccurredAt = now }, post.Id, timeProvider);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(await views.DetailAsync(post, viewer, canModerate: true, cancellationToken));
    }
}
