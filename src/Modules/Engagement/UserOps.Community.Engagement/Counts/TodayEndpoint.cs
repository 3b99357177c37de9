using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using UserOps.Community.BuildingBlocks.Time;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Engagement.Contracts;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Engagement.Counts;

internal sealed record TodayCount(DateOnly Date, Guid? GroupId, int Count);

internal static class TodayEndpoint
{
    public static void MapTodayCount(this IEndpointRouteBuilder checkIns) =>
        checkIns.MapGet("/today", HandleAsync)
            .AllowAnonymous()
            .WithName("CheckInsToday")
            .WithSummary("How many members checked in today (my local date when signed in, else UTC), site-wide or in one group.");

    private static async Task<Results<Ok<TodayCount>, ProblemHttpResult>> HandleAsync(
        Guid? groupId, ClaimsPrincipal principal, ICheckInCounts counts, IGroupAccessQuery groups, IUserDirectory users, TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var viewer = principal.ToViewer();
        if (groupId is { } id && await groups.GetAsync(id, viewer, cancellationToken) is not { CanView: true })
        {
            return ApiProblems.NotFound("group_not_found", "No such group.");
        }

        var zone = viewer.UserId is { } userId ? (await users.FindAsync(userId, cancellationToken))?.TimeZone : null;
        var today = timeProvider.Today(zone);
        return TypedResults.Ok(new TodayCount(today, groupId, await counts.GetAsync(today, groupId, cancellationToken)));
    }
}
