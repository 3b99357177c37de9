using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Time;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Leaderboards;

internal static class LeaderboardEndpoints
{
    public static void MapLeaderboards(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/leaderboards", HandleAsync)
            .AllowAnonymous()
            .WithTags("Leaderboards")
            .WithName("GetLeaderboard")
            .WithSummary("Top members by points earned in a period (day, week, month, all, season), globally or in a group, with my rank.");

    private static async Task<Results<Ok<LeaderboardResponse>, ProblemHttpResult>> HandleAsync(
        string? period, Guid? seasonId, Guid? groupId, DateOnly? at, int? limit, ClaimsPrincipal principal,
        CommunityDbContext db, IGroupAccessQuery groups, LeaderboardReader reader, IOptions<GrowthOptions> options,
        TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (LeaderboardPeriods.Parse(period) is not { } kind || (kind == PeriodKind.Season && seasonId is null))
        {
            return ApiProblems.BadRequest("invalid_period", "period must be day, week, month, all, or season with a seasonId.");
        }

        var viewer = principal.ToViewer();
        if (groupId is { } group && await groups.GetAsync(group, viewer, cancellationToken) is not { CanView: true })
        {
            return ApiProblems.NotFound("group_not_found", "No such group.");
        }

        if (kind == PeriodKind.Season && !await db.Set<Season>().AnyAsync(s => s.Id == seasonId, cancellationToken))
        {
            return ApiProblems.NotFound("season_not_found", "No such season.");
        }

        var date = at ?? timeProvider.Today(options.Value.CommunityTimeZone);
        var key = LeaderboardPeriods.Key(kind, date, seasonId);
        return TypedResults.Ok(await reader.RankAsync(kind, key, groupId ?? Guid.Empty, groupId, limit, viewer, cancellationToken));
    }
}
