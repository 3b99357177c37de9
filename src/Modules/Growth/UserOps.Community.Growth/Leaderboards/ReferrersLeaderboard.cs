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
using UserOps.Community.Growth.Domain;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Growth.Leaderboards;

/// <summary>
/// The referrers board lives in the leaderboard aggregates under a reserved board id (never a group id), so it gets the
/// same periods, seasons, ranking and opt-out as the points boards; its "points" are activated referrals.
/// </summary>
internal static class ReferrersBoard
{
    public static readonly Guid Id = Guid.Parse("01a2d000-0000-7000-8000-0000000000f1");

    public static void MapReferrersLeaderboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/leaderboards/referrers", HandleAsync)
            .AllowAnonymous()
            .WithTags("Leaderboards")
            .WithName("GetReferrersLeaderboard")
            .WithSummary("Top referrers by activated referrals in a period (day, week, month, all, season), with my rank; revoked referrals do not count.");

    private static async Task<Results<Ok<LeaderboardResponse>, ProblemHttpResult>> HandleAsync(
        string? period, Guid? seasonId, DateOnly? at, int? limit, ClaimsPrincipal principal, CommunityDbContext db, LeaderboardReader reader,
        IOptions<GrowthOptions> options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (LeaderboardPeriods.Parse(period) is not { } kind || (kind == PeriodKind.Season && seasonId is null))
        {
            return ApiProblems.BadRequest("invalid_period", "period must be day, week, month, all, or season with a seasonId.");
        }

        if (kind == PeriodKind.Season && !await db.Set<Season>().AnyAsync(s => s.Id == seasonId, cancellationToken))
        {
            return ApiProblems.NotFound("season_not_found", "No such season.");
        }

        var key = LeaderboardPeriods.Key(kind, at ?? timeProvider.Today(options.Value.CommunityTimeZone), seasonId);
        return TypedResults.Ok(await reader.RankAsync(kind, key, Id, null, limit, principal.ToViewer(), cancellationToken));
    }
}
