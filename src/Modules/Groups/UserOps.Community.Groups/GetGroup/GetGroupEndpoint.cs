using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Groups.Access;

namespace UserOps.Community.Groups.GetGroup;

internal static class GetGroupEndpoint
{
    public static void MapGetGroup(this IEndpointRouteBuilder groups) =>
        groups.MapGet("/{idOrSlug}", HandleAsync)
            .AllowAnonymous()
            .WithName("GetGroup")
            .WithSummary("A group by id or slug; private groups are 404 to non-members.");

    private static async Task<Results<Ok<GroupResponse>, ProblemHttpResult>> HandleAsync(
        string idOrSlug, ClaimsPrincipal principal, CommunityDbContext db, CancellationToken cancellationToken)
    {
        var context = await db.FindVisibleAsync(idOrSlug, principal.ToViewer(), cancellationToken);
        return context is null
            ? GroupProblems.NotFound()
            : TypedResults.Ok(GroupResponse.From(context.Group, context.Membership?.Role));
    }
}
