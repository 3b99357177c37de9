using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Growth.Leaderboards;

internal sealed record RankedMember(int Rank, Guid UserId, string DisplayName, string? AvatarUrl, long Points);

/// <summary>The viewer's place; <paramref name="Approximate"/> when it came from a board snapshot (at most RankSnapshotFor old).</summary>
internal sealed record MyRank(int? Rank, long Points, bool Ranked, bool Approximate = false);

internal sealed record LeaderboardResponse(string Period, string Key, Guid? GroupId, IReadOnlyList<RankedMember> Items, MyRank? Me);

/// <summary>
/// Dense ranking by points in the period (equal points share a rank); within a tie, whoever reached the total
/// first is listed first, then by user id. Opted-out and suspended members are not ranked.
/// </summary>
internal sealed class LeaderboardReader(CommunityDbContext db, IUserDirectory users, RankSnapshots snapshots, IOptions<GrowthOptions> options)
{
    public async Task<LeaderboardResponse> RankAsync(PeriodKind kind, string key, Guid board, Guid? groupId, int? limit, Viewer viewer, CancellationToken cancellationToken)
    {
        var top = await LeaderboardQueries.Ranked(db, key, board)
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

        var me = viewer.UserId is { } userId ? await MyRankAsync(key, board, userId, cancellationToken) : null;
        return new LeaderboardResponse(kind.ToString().ToLowerInvariant(), key, groupId, items, me);
    }

    private async Task<MyRank> MyRankAsync(string key, Guid board, Guid userId, CancellationToken cancellationToken)
    {
        var mine = await LeaderboardQueries.OnBoard(db, key, board)
            .Where(e => e.UserId == userId)
            .Select(e => (long?)e.Points)
            .FirstOrDefaultAsync(cancellationToken) ?? 0;
        if (mine <= 0 || await db.Set<LeaderboardExclusion>().AnyAsync(x => x.UserId == userId, cancellationToken))
        {
            return new MyRank(null, mine, Ranked: false);
        }

        // An index-only probe of at most ExactRankWithin rows decides: near the top, counting is cheap and exact.
        var threshold = options.Value.ExactRankWithin;
        var rowsAbove = await LeaderboardQueries.OnBoard(db, key, board)
            .Where(e => e.Points > mine)
            .Take(threshold)
            .CountAsync(cancellationToken);
        if (rowsAbove < threshold)
        {
            var above = await LeaderboardQueries.Ranked(db, key, board).Where(e => e.Points > mine).Select(e => e.Points).Distinct().CountAsync(cancellationToken);
            return new MyRank(above + 1, mine, Ranked: true);
        }

        return new MyRank(await snapshots.DenseRankAsync(key, board, mine, cancellationToken), mine, Ranked: true, Approximate: true);
    }
}
