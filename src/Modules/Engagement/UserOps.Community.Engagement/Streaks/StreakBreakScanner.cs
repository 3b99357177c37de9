using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Time;
using UserOps.Community.Engagement.Contracts;
using UserOps.Community.Engagement.Domain;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Engagement.Streaks;

/// <summary>
/// Raises StreakBroken for streaks whose deadline passed without a check-in, so analytics sees breaks of members who
/// never come back. A conditional update on the unchanged last date makes it race-safe with check-ins and other instances.
/// </summary>
internal sealed class StreakBreakScanner(CommunityDbContext db, IUserDirectory users, TimeProvider timeProvider)
{
    private const int BatchSize = 500;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var raised = 0;
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var skipped = new HashSet<Guid>();
        while (true)
        {
            var candidates = await db.Set<MemberStreak>().AsNoTracking()
                .Where(s => !s.BreakReported && s.CurrentStreak > 0 && s.StreakDeadline < now && !skipped.Contains(s.MemberId))
                .OrderBy(s => s.StreakDeadline)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (candidates.Count == 0)
            {
                return raised;
            }

            var profiles = await users.GetManyAsync([.. candidates.Select(c => c.MemberId)], cancellationToken);
            foreach (var streak in candidates)
            {
                var zone = LocalCalendar.FindTimeZone(profiles.TryGetValue(streak.MemberId, out var profile) ? profile.TimeZone : null);
                var today = LocalDays.DateOf(now, zone);
                // A member who moved west may still check in for the next local date after the deadline.
                if (StreakState.Last(streak) is not { } last || !StreakRules.IsBroken(last, today, now))
                {
                    skipped.Add(streak.MemberId);
                    continue;
                }

                raised += await ReportAsync(streak, today, now, cancellationToken);
            }
        }
    }

    private async Task<int> ReportAsync(MemberStreak streak, DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var marked = await db.Set<MemberStreak>()
            .Where(s => s.MemberId == streak.MemberId && !s.BreakReported && s.LastDate == streak.LastDate)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.BreakReported, true), cancellationToken);
        if (marked == 1)
        {
            db.AddIntegrationEvent(new StreakBroken(streak.MemberId, streak.CurrentStreak, streak.LastDate!.Value, today) { OccurredAt = now }, streak.MemberId, timeProvider);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return marked;
    }
}
