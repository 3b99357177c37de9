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

namespace UserOps.Community.Content.Posts;

internal sealed record RevisionResponse(Guid Id, string Title, string Body, DateTime RevisedAt);

internal static class ListRevisionsEndpoint
{
    public static void MapListRevisions(this IEndpointRouteBuilder posts) =>
        posts.MapGet("/{id:guid}/revisions", HandleAsync)
            .AllowAnonymous()
            .WithName("ListPostRevisions")
            .WithSummary("Earlier versions of a post, newest first.");

    private static async Task<Results<Ok<IReadOnlyList<RevisionResponse>>, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal principal, PostAccess access, CommunityDbContext db, CancellationToken cancellationToken)
    {
        var visible = await access.FindPostAsync(id, principal.ToViewer(), cancellationToken);
        if (visible is null)
        {
            return ContentProblems.PostNotFound();
        }

        if (visible.Post.IsRemoved && !visible.Access.CanModerate)
        {
            return ContentProblems.Removed();
        }

        IReadOnlyList<RevisionResponse> revisions = await db.Set<PostRevision>().AsNoTracking()
            .Where(r => r.PostId == id)
            .OrderByDescending(r => r.RevisedAt)
            .Take(100)
            .Select(r => new RevisionResponse(r.Id, r.Title, r.Body, r.RevisedAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(revisions);
    }
}
