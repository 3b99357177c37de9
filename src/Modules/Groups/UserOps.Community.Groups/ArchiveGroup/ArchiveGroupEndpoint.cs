using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Groups.Access;

namespace UserOps.Community.Groups.ArchiveGroup;

internal static class ArchiveGroupEndpoint
{
    public static void MapArchiveGroup(this IEndpointRouteBuilder groups) =>
        groups.MapPost("/{id:guid}/archive", HandleAsync)
            .RequireAuthorization()
            .WithName("ArchiveGroup")
            .WithSummary("Archive a group (owner only): it stays readable, nobody can post or join.");

    private static async Task<Results<Ok<GroupResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal principal, CommunityDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var context = await db.FindVisibleAsync(id, principal.ToViewer(), cancellationToken);
        if (context is null)
        {
            return GroupProblems.NotFound();
        }

        if (!context.IsOwner)
        {
            return GroupProblems.NotAllowed("Only the owner can archive the group.");
        }

        context.Group.Archive(timeProvider.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(GroupResponse.From(context.Group, context.Membership?.Role));
    }
}
