using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Groups.Access;
using UserOps.Community.Groups.Domain;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Groups.JoinRequests;

internal sealed record JoinRequestResponse(Guid Id, Guid UserId, string DisplayName, string? Message, string Status, DateTime CreatedAt, DateTime? DecidedAt);

internal static class ListJoinRequestsEndpoint
{
    public static void MapListJoinRequests(this IEndpointRouteBuilder groups) =>
        groups.MapGet("/{id:guid}/join-requests", HandleAsync)
            .RequireAuthorization()
            .WithName("ListJoinRequests")
            .WithSummary("Pending join requests, oldest first (owner and group moderators).");

    private static async Task<Results<Ok<IReadOnlyList<JoinRequestResponse>>, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal principal, CommunityDbContext db, IUserDirectory users, CancellationToken cancellationToken)
    {
        var context = await db.FindVisibleAsync(id, principal.ToViewer(), cancellationToken);
        if (context is null)
        {
            return GroupProblems.NotFound();
        }

        if (!context.CanManageMembers)
        {
            return GroupProblems.NotAllowed("Only the owner and group moderators see join requests.");
        }

        var requests = await db.Set<JoinRequest>().AsNoTracking()
            .Where(r => r.GroupId == id && r.Status == JoinRequestStatus.Pending)
            .OrderBy(r => r.CreatedAt)
            .Take(200)
            .ToListAsync(cancellationToken);
        var people = await users.GetManyAsync([.. requests.Select(r => r.UserId)], cancellationToken);
        IReadOnlyList<JoinRequestResponse> items = [.. requests.Select(r => new JoinRequestResponse(
            r.Id, r.UserId, people.TryGetValue(r.UserId, out var p) ? p.DisplayName : "?", r.Message, "pending", r.CreatedAt, r.DecidedAt))];
        return TypedResults.Ok(items);
    }
}
