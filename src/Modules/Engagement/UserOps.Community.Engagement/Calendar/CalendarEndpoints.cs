using System.Globalization;
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
using UserOps.Community.Engagement.CheckIns;
using UserOps.Community.Engagement.Domain;
using UserOps.Community.Engagement.Streaks;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Engagement.Calendar;

internal sealed record CalendarResponse(string Month, IReadOnlyList<CheckInView> CheckIns);

internal sealed record MonthRate(string Month, int CheckedInDays, int ElapsedDays, double Rate);

internal sealed record CheckInSummary(
    int CurrentStreak, int LongestStreak, int TotalCheckIns, bool CheckedInToday, int? NextMilestone, MonthRate ThisMonth,
    int MakeupsUsedThisMonth, int MakeupsLeftThisMonth);

internal static class CalendarEndpoints
{
    public const string InvalidMonth = "invalid_month";

    public static void MapCheckInCalendar(this IEndpointRouteBuilder me)
    {
        me.MapGet("/check-ins", CalendarAsync)
            .RequireAuthorization()
            .WithName("MyCheckInCalendar")
            .WithSummary("My check-ins in one month (?month=yyyy-MM, default this month in my time zone).");
        me.MapGet("/check-ins/summary", SummaryAsync)
            .RequireAuthorization()
            .WithName("MyCheckInSummary")
            .WithSummary("My current and longest streak, totals, this month's check-in rate and make-ups left.");
    }

    private static async Task<Results<Ok<CalendarResponse>, ProblemHttpResult>> CalendarAsync(
        string? month, ClaimsPrincipal principal, CommunityDbContext db, IUserDirectory users, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var memberId = principal.GetUserId();
        var zone = (await users.FindAsync(memberId, cancellationToken))?.TimeZone;
        DateOnly first;
        if (string.IsNullOrEmpty(month))
        {
            var today = timeProvider.Today(zone);
            first = new DateOnly(today.Year, today.Month, 1);
        }
        // 9999-12 parses, but has no following month to bound the query with.
        else if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first)
            || first > DateOnly.MaxValue.AddMonths(-1))
        {
            return ApiProblems.BadRequest(InvalidMonth, "Month must look like 2026-11.");
        }

        var next = first.AddMonths(1);
        var checkIns = await db.Set<CheckIn>().AsNoTracking()
            .Where(c => c.MemberId == memberId && c.LocalDate >= first && c.LocalDate < next)
            .OrderBy(c => c.LocalDate)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new CalendarResponse(first.ToString("yyyy-MM", CultureInfo.InvariantCulture), [.. checkIns.Select(CheckInView.From)]));
    }

    private static async Task<Ok<CheckInSummary>> SummaryAsync(
        ClaimsPrincipal principal, CommunityDbContext db, IUserDirectory users, IOptions<EngagementOptions> options, TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var memberId = principal.GetUserId();
        var zone = (await users.FindAsync(memberId, cancellationToken))?.TimeZone;
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var today = LocalDays.DateOf(now, LocalCalendar.FindTimeZone(zone));
        var first = new DateOnly(today.Year, today.Month, 1);
        var streak = await db.Set<MemberStreak>().AsNoTracking().FirstOrDefaultAsync(s => s.MemberId == memberId, cancellationToken);
        var thisMonth = await db.Set<CheckIn>().AsNoTracking()
            .Where(c => c.MemberId == memberId && c.LocalDate >= first && c.LocalDate <= today)
            .Select(c => c.LocalDate).ToListAsync(cancellationToken);
        var makeups = await db.Set<CheckIn>().CountAsync(c => c.MemberId == memberId && c.IsMakeup && c.RecordedOn >= first && c.RecordedOn <= today, cancellationToken);
        var current = StreakState.Current(streak, today, now);
        var elapsed = today.Day;
        var limit = options.Value.Makeup.MonthlyLimit;
        return TypedResults.Ok(new CheckInSummary(
            current,
            streak?.LongestStreak ?? 0,
            streak?.TotalCheckIns ?? 0,
            thisMonth.Contains(today),
            StreakRules.Next(current, options.Value.StreakMilestones),
            new MonthRate(first.ToString("yyyy-MM", CultureInfo.InvariantCulture), thisMonth.Count, elapsed, Math.Round((double)thisMonth.Count / elapsed, 4)),
            makeups,
            Math.Max(0, limit - makeups)));
    }
}
