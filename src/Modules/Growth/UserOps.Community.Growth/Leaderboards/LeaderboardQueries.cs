using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Leaderboards;

internal static class LeaderboardQueries
{
    /// <summary>Every row of one board in one period, ranked or not.</summary>
    public static IQueryable<LeaderboardEntry> OnBoard(CommunityDbContext db, string period, Guid board) =>
        db.Set<LeaderboardEntry>().AsNoTracking().Where(e => e.Period == period && e.GroupId == board);

    /// <summary>The rows that are ranked on a board: positive points of members who are neither opted out nor banned.</summary>
    public static IQueryable<LeaderboardEntry> Ranked(CommunityDbContext db, string period, Guid board)
    {
        var excluded = db.Set<LeaderboardExclusion>().Select(x => x.UserId);
        return OnBoard(db, period, board).Where(e => e.Points > 0 && !excluded.Contains(e.UserId));
    }
}
