using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Time;
using UserOps.Community.Growth.Batching;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Growth.Engine;

namespace UserOps.Community.Growth.Leaderboards;

/// <summary>
/// Adds an XP change to the member's period aggregates (global and the group's), so a leaderboard request reads
/// one small index range instead of summing the ledger. Runs under the member's row lock taken by the ledger,
/// so the insert-if-missing below never races for the same member.
/// </summary>
internal sealed class LeaderboardWriter(CommunityDbContext db, GrowthSnapshot snapshot, DeliveryBatch batch, IOptions<GrowthOptions> options)
{
    public Task AddAsync(Guid userId, Guid? groupId, long points, DateTime earnedAt, CancellationToken cancellationToken) =>
        AddToBoardsAsync(groupId is { } group && group != Guid.Empty ? [Guid.Empty, group] : [Guid.Empty], userId, points, earnedAt, cancellationToken);

    /// <summary>Adds to one board only (e.g. <see cref="ReferrersBoard"/>), in every period of <paramref name="at"/>.</summary>
    public Task AddToBoardAsync(Guid board, Guid userId, long amount, DateTime at, CancellationToken cancellationToken) =>
        AddToBoardsAsync([board], userId, amount, at, cancellationToken);

    private async Task AddToBoardsAsync(List<Guid> boards, Guid userId, long points, DateTime earnedAt, CancellationToken cancellationToken)
    {
        var date = LocalCalendar.LocalDate(new DateTimeOffset(earnedAt, TimeSpan.Zero), options.Value.CommunityTimeZone);
        var seasons = await snapshot.SeasonsOnAsync(date, cancellationToken);
        var periods = LeaderboardPeriods.CalendarKeys(date).Concat(seasons.Select(s => LeaderboardPeriods.Key(PeriodKind.Season, date, s))).ToList();
        foreach (var period in periods)
        {
            foreach (var board in boards)
            {
                await IncrementAsync(period, board, userId, points, earnedAt, cancellationToken);
            }
        }
    }

    private async Task IncrementAsync(string period, Guid board, Guid userId, long points, DateTime at, CancellationToken cancellationToken)
    {
        if (batch.Deferring)
        {
            batch.AddToLeaderboard(period, board, userId, points, at);
            return;
        }

        var updated = await db.Set<LeaderboardEntry>()
            .Where(e => e.Period == period && e.GroupId == board && e.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Points, e => e.Points + points).SetProperty(e => e.UpdatedAt, at), cancellationToken);
        if (updated == 0)
        {
            var entry = db.Add(new LeaderboardEntry { Period = period, GroupId = board, UserId = userId, Points = points, UpdatedAt = at });
            await db.SaveChangesAsync(cancellationToken);
            entry.State = EntityState.Detached;
        }
    }
}
