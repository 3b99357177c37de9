using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Time;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Engagement.CheckIns;
using UserOps.Community.Engagement.Domain;
using UserOps.Community.Engagement.Streaks;
using UserOps.Community.Growth.Contracts;

namespace UserOps.Community.Engagement.Makeup;

/// <summary>
/// A make-up check-in (补签) for a missed day: window, monthly limit and cost are checked under the member's streak lock,
/// and the points are spent in the same transaction as the check-in, so a refused or failed make-up costs nothing.
/// </summary>
internal sealed class MakeupRecorder(
    CommunityDbContext db, StreakStore streaks, CheckInRecorder recorder, IPointsWallet wallet, IOptions<EngagementOptions> options, TimeProvider timeProvider)
{
    public const string OutsideWindow = "makeup_outside_window";
    public const string LimitReached = "makeup_limit_reached";
    public const string InsufficientBalance = "insufficient_balance";
    public const string AlreadyCheckedIn = "already_checked_in";

    public async Task<(CheckInOutcome? Outcome, ProblemHttpResult? Problem)> MakeUpAsync(Guid memberId, string? timeZoneId, DateOnly date, CancellationToken cancellationToken)
    {
        var rules = options.Value.Makeup;
        var zone = LocalCalendar.FindTimeZone(timeZoneId);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var today = LocalDays.DateOf(now, zone);
        if (date >= today || date < today.AddDays(-rules.WindowDays))
        {
            return (null, ApiProblems.BadRequest(OutsideWindow, $"A make-up check-in must be for one of the last {rules.WindowDays} days, not today or earlier."));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var streak = await streaks.LockAsync(memberId, cancellationToken);
        var existing = await db.Set<CheckIn>().AsNoTracking().Where(c => c.MemberId == memberId).OrderBy(c => c.LocalDate)
            .Select(c => new DatedCheckIn(c.LocalDate, c.BridgesZoneChange)).ToListAsync(cancellationToken);
        if (existing.Any(c => c.Date == date))
        {
            return (null, ApiProblems.Conflict(AlreadyCheckedIn, $"You already checked in for {date:yyyy-MM-dd}."));
        }

        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var used = await db.Set<CheckIn>().CountAsync(c => c.MemberId == memberId && c.IsMakeup && c.RecordedOn >= monthStart && c.RecordedOn <= today, cancellationToken);
        if (used >= rules.MonthlyLimit)
        {
            return (null, ApiProblems.Problem(StatusCodes.Status409Conflict, LimitReached, $"You can make up at most {rules.MonthlyLimit} check-ins a month.",
                new Dictionary<string, object?> { ["limit"] = rules.MonthlyLimit }));
        }

        var checkInId = Guid.CreateVersion7();
        if (rules.Cost > 0 && await wallet.SpendAsync(memberId, rules.Cost, $"Make-up check-in for {date:yyyy-MM-dd}", checkInId, cancellationToken) == SpendOutcome.InsufficientBalance)
        {
            return (null, ApiProblems.Problem(StatusCodes.Status409Conflict, InsufficientBalance, $"A make-up check-in costs {rules.Cost} points; your balance is lower.",
                new Dictionary<string, object?> { ["cost"] = rules.Cost }));
        }

        // Lengths before (the longer neighbouring run already raised its milestones) and after joining.
        var oldRuns = StreakRules.Runs(existing);
        var before = existing.Select((c, i) => (c.Date, oldRuns[i].Length))
            .Where(x => x.Date == date.AddDays(-1) || x.Date == date.AddDays(1)).Select(x => x.Length).DefaultIfEmpty(0).Max();
        var all = existing.Append(new DatedCheckIn(date, false)).OrderBy(c => c.Date).ToList();
        var runs = StreakRules.Runs(all);
        var mine = runs[all.FindIndex(c => c.Date == date)];

        var checkIn = new CheckIn
        {
            Id = checkInId, MemberId = memberId, LocalDate = date, TimeZone = zone.Id, RecordedAt = now, RecordedOn = today, IsMakeup = true,
            StreakLength = mine.Length, EventId = Guid.CreateVersion7(),
        };
        db.Add(checkIn);
        await db.SaveChangesAsync(cancellationToken);

        var latest = runs[^1];
        var latestDate = all[^1].Date;
        streak.LongestStreak = Math.Max(streak.LongestStreak, runs.Max(r => r.Length));
        streak.TotalCheckIns++;
        streak.CurrentStreak = latest.Length;
        streak.StreakStartedOn = latest.Start;
        if (streak.LastDate is null || latestDate > streak.LastDate)
        {
            var last = StreakRules.After(latestDate, zone);
            (streak.LastDate, streak.LastDayEndsAt, streak.StreakDeadline) = (latestDate, last.DayEndsAt, last.StreakDeadline);
        }

        // A joined streak that can be continued again is no longer broken.
        streak.BreakReported = streak.BreakReported && StreakState.Current(streak, today, now) == 0;
        streak.UpdatedAt = now;
        await recorder.AfterRecordedAsync(checkIn, before, mine.Start, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (new CheckInOutcome(checkIn, streak, false), null);
    }
}
