using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Time;
using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Leaderboards;

/// <summary>A season's leaderboard rows, counted from the ledger when its dates are set, so no earlier point is missed.</summary>
internal sealed class SeasonBoards(CommunityDbContext db, IOptions<GrowthOptions> options)
{
    /// <summary>Adds (unsaved) the season's global and per-group rows for points earned inside its dates.</summary>
    public async Task FillAsync(Season season, CancellationToken cancellationToken)
    {
        var zone = LocalCalendar.FindTimeZone(options.Value.CommunityTimeZone);
        var from = TimeZoneInfo.ConvertTimeToUtc(season.StartsOn.ToDateTime(TimeOnly.MinValue), zone);
        var until = TimeZoneInfo.ConvertTimeToUtc(season.EndsOn.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
        var key = LeaderboardPeriods.Key(PeriodKind.Season, season.StartsOn, season.Id);
        var earned = db.Set<PointEntry>().Where(e => e.OccurredAt >= from && e.OccurredAt < until
            && (e.Kind == PointEntryKind.Earned || e.Kind == PointEntryKind.Reversed || e.Kind == PointEntryKind.Granted || e.Kind == PointEntryKind.Revoked));
        var global = await earned.GroupBy(e => e.UserId)
            .Select(g => new { UserId = g.Key, Points = g.Sum(e => (long)e.Amount), Last = g.Max(e => e.OccurredAt) }).ToListAsync(cancellationToken);
        var perGroup = await earned.Where(e => e.GroupId != null).GroupBy(e => new { e.UserId, e.GroupId })
            .Select(g => new { g.Key.UserId, g.Key.GroupId, Points = g.Sum(e => (long)e.Amount), Last = g.Max(e => e.OccurredAt) }).ToListAsync(cancellationToken);
        db.AddRange(global.Select(g => new LeaderboardEntry { Period = key, GroupId = Guid.Empty, UserId = g.UserId, Points = g.Points, UpdatedAt = g.Last }));
        db.AddRange(perGroup.Select(g => new LeaderboardEntry { Period = key, GroupId = g.GroupId!.Value, UserId = g.UserId, Points = g.Points, UpdatedAt = g.Last }));
    }

    /// <summary>Deletes the season's rows now, inside the caller's transaction.</summary>
    public Task ClearAsync(Season season, CancellationToken cancellationToken)
    {
        var key = LeaderboardPeriods.Key(PeriodKind.Season, season.StartsOn, season.Id);
        return db.Set<LeaderboardEntry>().Where(e => e.Period == key).ExecuteDeleteAsync(cancellationToken);
    }
}
