using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Content.Visibility;

namespace UserOps.Community.Content.Posts;

internal static class GetPostEndpoint
{
    public static void MapGetPost(this IEndpointRouteBuilder posts) =>
        posts.MapGet("/{id:guid}", HandleAsync)
            .AllowAnonymous()
            .WithName("GetPost")
            .WithSummary("A post with its rendered HTML, author, counts and my reactions. Removed posts show as removed.");

    private static async Task<Results<Ok<PostResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal principal, PostAccess access, PostViews views, CancellationToken cancellationToken)
    {
        var viewer = principal.ToViewer();
        var visible = await access.FindPostAsync(id, viewer, cancellationToken);
        return visible is null
            ? ContentProblems.PostNotFound()
            : TypedResults.Ok(await views.DetailAsync(visible.Post, viewer, visible.Access.CanModerate, cancellationToken));
    }
}
