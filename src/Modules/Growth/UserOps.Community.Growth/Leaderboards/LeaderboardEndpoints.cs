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
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Growth.Leaderboards;

internal sealed record RankedMember(int Rank, Guid UserId, string DisplayName, string? AvatarUrl, long Points);

internal sealed record MyRank(int? Rank, long Points, bool Ranked);

internal sealed record LeaderboardResponse(string Period, string Key, Guid? GroupId, IReadOnlyList<RankedMember> Items, MyRank? Me);

/// <summary>
/// Dense ranking by points in the period (equal points share a rank); within a tie, whoever reached the total
/// first is listed first, then by user id. Opted-out and suspended members are not ranked.
/// </summary>
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
        CommunityDbContext db, IGroupAccessQuery groups, IUserDirectory users, IOptions<GrowthOptions> options,
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
        return TypedResults.Ok(await RankAsync(db, users, kind, key, groupId ?? Guid.Empty, groupId, limit, viewer, cancellationToken));
    }

    /// <summary>Ranks one board in one period; shared with the referrers board.</summary>
    internal static async Task<LeaderboardResponse> RankAsync(
        CommunityDbContext db, IUserDirectory users, PeriodKind kind, string key, Guid board, Guid? groupId, int? limit, Viewer viewer,
        CancellationToken cancellationToken)
    {
        var excluded = db.Set<LeaderboardExclusion>().Select(x => x.UserId);
        var ranked = db.Set<LeaderboardEntry>().AsNoTracking()
            .Where(e => e.Period == key && e.GroupId == board && e.Points > 0 && !excluded.Contains(e.UserId));
        var top = await ranked
            .OrderByDescending(e => e.Points).ThenBy(e => e.UpdatedAt).ThenBy(e => e.UserId)
            .Take(Math.Clamp(limit ?? 100, 1, 100))
            .ToListAsync(cancellationToken);
        var people = await users.GetManyAsync([.. top.Select(e => e.UserId)], cancellationToken);
        var items = new List<RankedMember>(top.Count);
        var rank = 0;
        long? previous = null;
        foreach (var entry in top)
        {
            rank += previous == entry.Points ? 0 : 1;
            previous = entry.Points;
            var person = people.GetValueOrDefault(entry.UserId);
            items.Add(new RankedMember(rank, entry.UserId, person?.DisplayName ?? "?", person?.AvatarUrl, entry.Points));
        }

        return new LeaderboardResponse(kind.ToString().ToLowerInvariant(), key, groupId, items, await MyRankAsync(db, ranked, key, board, viewer, cancellationToken));
    }

    private static async Task<MyRank?> MyRankAsync(
        CommunityDbContext db, IQueryable<LeaderboardEntry> ranked, string key, Guid board, Viewer viewer, CancellationToken cancellationToken)
    {
        if (viewer.UserId is not { } userId)
        {
            return null;
        }

        var mine = await db.Set<LeaderboardEntry>().AsNoTracking()
            .Where(e => e.Period == key && e.GroupId == board && e.UserId == userId)
            .Select(e => (long?)e.Points)
            .FirstOrDefaultAsync(cancellationToken) ?? 0;
        if (mine <= 0 || await db.Set<LeaderboardExclusion>().AnyAsync(x => x.UserId == userId, cancellationToken))
        {
            return new MyRank(null, mine, Ranked: false);
        }

        var above = await ranked.Where(e => e.Points > mine).Select(e => e.Points).Distinct().CountAsync(cancellationToken);
        return new MyRank(above + 1, mine, Ranked: true);
    }
}
