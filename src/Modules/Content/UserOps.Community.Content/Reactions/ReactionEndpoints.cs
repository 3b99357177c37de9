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
using UserOps.Community.Content.Persistence;
using UserOps.Community.Content.Visibility;
using UserOps.Community.Groups.Contracts;

namespace UserOps.Community.Content.Reactions;

internal sealed record ReactionsResponse(IReadOnlyDictionary<string, int> Reactions, IReadOnlyList<string> MyReactions);

/// <summary>PUT adds my reaction of a kind (repeating it changes nothing), DELETE withdraws it.</summary>
internal static class ReactionEndpoints
{
    public const string UnknownReaction = "unknown_reaction";

    private sealed record Target(ContentKind Kind, Guid Id, Guid PostId, Guid GroupId, Guid AuthorId, bool Removed, GroupAccess Access);

    public static void MapReactions(this IEndpointRouteBuilder endpoints)
    {
        foreach (var (route, kind) in new[] { ("/api/posts/{id:guid}/reactions/{reaction}", ContentKind.Post), ("/api/comments/{id:guid}/reactions/{reaction}", ContentKind.Comment) })
        {
            var noun = kind == ContentKind.Post ? "Post" : "Comment";
            endpoints.MapPut(route, (Guid id, string reaction, ClaimsPrincipal p, PostAccess a, CommunityDbContext db, TimeProvider t, CancellationToken ct) => AddAsync(kind, id, reaction, p, a, db, t, ct))
                .RequireAuthorization().WithTags("Reactions").WithName($"React{noun}").WithSummary($"Add my reaction to a {noun.ToLowerInvariant()}; repeating it is a no-op.");
            endpoints.MapDelete(route, (Guid id, string reaction, ClaimsPrincipal p, PostAccess a, CommunityDbContext db, TimeProvider t, CancellationToken ct) => RemoveAsync(kind, id, reaction, p, a, db, t, ct))
                .RequireAuthorization().WithTags("Reactions").WithName($"Unreact{noun}").WithSummary($"Withdraw my reaction from a {noun.ToLowerInvariant()}.");
        }
    }

    private static async Task<Results<Ok<ReactionsResponse>, ProblemHttpResult>> AddAsync(
        ContentKind kind, Guid id, string reaction, ClaimsPrincipal principal, PostAccess access, CommunityDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var viewer = principal.ToViewer();
        if (await CheckAsync(kind, id, reaction, viewer, access, cancellationToken) is not { } target)
        {
            return await RefusalAsync(kind, id, reaction, viewer, access, cancellationToken);
        }

        var userId = viewer.UserId!.Value;
        var now = timeProvider.GetUtcNow().UtcDateTime;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var exists = await db.Set<Reaction>().AnyAsync(r => r.TargetKind == kind && r.TargetId == id && r.UserId == userId && r.Kind == reaction, cancellationToken);
            if (!exists)
            {
                db.Add(new Reaction { TargetKind = kind, TargetId = id, UserId = userId, Kind = reaction, CreatedAt = now });
                db.AddIntegrationEvent(new ReactionAdded(kind, id, target.PostId, target.GroupId, userId, target.AuthorId, reaction) { OccurredAt = now }, target.PostId, timeProvider);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    await ReactionCounter.AdjustAsync(db, kind, id, reaction, +1, cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }
                catch (DbUpdateException exception) when (exception.IsUniqueViolation())
                {
                    // A concurrent identical PUT won: this one is the promised no-op.
                    db.ChangeTracker.Clear();
                }
            }
        }

        return TypedResults.Ok(await CountsAsync(db, kind, id, userId, cancellationToken));
    }

    private static async Task<Results<Ok<ReactionsResponse>, ProblemHttpResult>> RemoveAsync(
        ContentKind kind, Guid id, string reaction, ClaimsPrincipal principal, PostAccess access, CommunityDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var viewer = principal.ToViewer();
        if (await CheckAsync(kind, id, reaction, viewer, access, cancellationToken) is not { } target)
        {
            return await RefusalAsync(kind, id, reaction, viewer, access, cancellationToken);
        }

        var userId = viewer.UserId!.Value;
        var now = timeProvider.GetUtcNow().UtcDateTime;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var deleted = await db.Set<Reaction>()
                .Where(r => r.TargetKind == kind && r.TargetId == id && r.UserId == userId && r.Kind == reaction)
                .ExecuteDeleteAsync(cancellationToken);
            if (deleted > 0)
            {
                await ReactionCounter.AdjustAsync(db, kind, id, reaction, -1, cancellationToken);
                db.AddIntegrationEvent(new ReactionRemoved(kind, id, target.PostId, target.GroupId, userId, target.AuthorId, reaction) { OccurredAt = now }, target.PostId, timeProvider);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }

        return TypedResults.Ok(await CountsAsync(db, kind, id, userId, cancellationToken));
    }

    private static async Task<Target?> CheckAsync(ContentKind kind, Guid id, string reaction, Viewer viewer, PostAccess access, CancellationToken cancellationToken)
    {
        if (!ReactionKinds.IsKnown(reaction))
        {
            return null;
        }

        var target = await FindAsync(kind, id, viewer, access, cancellationToken);
        return target is { Removed: false } && ContentProblems.CheckCanContribute(target.Access) is null ? target : null;
    }

    // Explains why CheckAsync said no, in the order a client needs to hear it.
    private static async Task<ProblemHttpResult> RefusalAsync(ContentKind kind, Guid id, string reaction, Viewer viewer, PostAccess access, CancellationToken cancellationToken)
    {
        var target = await FindAsync(kind, id, viewer, access, cancellationToken);
        return target is null ? (kind == ContentKind.Post ? ContentProblems.PostNotFound() : ContentProblems.CommentNotFound())
            : !ReactionKinds.IsKnown(reaction) ? ApiProblems.BadRequest(UnknownReaction, $"Reaction must be one of: {string.Join(", ", ReactionKinds.All)}.")
            : target.Removed ? ContentProblems.Removed()
            : ContentProblems.CheckCanContribute(target.Access) ?? ContentProblems.MembershipRequired();
    }

    private static async Task<Target?> FindAsync(ContentKind kind, Guid id, Viewer viewer, PostAccess access, CancellationToken cancellationToken)
    {
        if (kind == ContentKind.Post)
        {
            var post = await access.FindPostAsync(id, viewer, cancellationToken);
            return post is null ? null : new Target(kind, id, id, post.Post.GroupId, post.Post.AuthorId, post.Post.IsRemoved, post.Access);
        }

        var comment = await access.FindCommentAsync(id, viewer, cancellationToken);
        return comment is null ? null
            : new Target(kind, id, comment.Post.Id, comment.Post.GroupId, comment.Comment.AuthorId, comment.Comment.IsRemoved || comment.Post.IsRemoved, comment.Access);
    }

    private static async Task<ReactionsResponse> CountsAsync(CommunityDbContext db, ContentKind kind, Guid id, Guid userId, CancellationToken cancellationToken)
    {
        var counts = kind == ContentKind.Post
            ? await db.Set<Post>().AsNoTracking().Where(p => p.Id == id).Select(ReactionColumns.Read((Post p) => p.Reactions)).FirstAsync(cancellationToken)
            : await db.Set<Comment>().AsNoTracking().Where(c => c.Id == id).Select(ReactionColumns.Read((Comment c) => c.Reactions)).FirstAsync(cancellationToken);
        IReadOnlyList<string> mine = await db.Set<Reaction>().AsNoTracking()
            .Where(r => r.TargetKind == kind && r.TargetId == id && r.UserId == userId)
            .Select(r => r.Kind).OrderBy(k => k).ToListAsync(cancellationToken);
        return new ReactionsResponse(counts.ToDictionary(), mine);
    }
}
