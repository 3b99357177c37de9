using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Engagement.Streaks;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Engagement.CheckIns;

internal static class CheckInEndpoint
{
    public static void MapCheckIn(this IEndpointRouteBuilder checkIns) =>
        checkIns.MapPost("/", HandleAsync)
            .Validate<CheckInRequest>()
            .RequireAuthorization()
            .WithName("CheckIn")
            .WithSummary("Check in for my local calendar day; a repeat the same day returns the existing check-in with alreadyCheckedIn: true.");

    private static async Task<Results<Created<CheckInResponse>, Ok<CheckInResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        CheckInRequest request, ClaimsPrincipal principal, CheckInRecorder recorder, IUserDirectory users, IPointsAwardQuery awards,
        IOptions<EngagementOptions> options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var memberId = principal.GetUserId();
        var zone = (await users.FindAsync(memberId, cancellationToken))?.TimeZone;
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        var outcome = await recorder.CheckInAsync(memberId, zone, note, request.Mood, cancellationToken);
        var response = await CheckInResponses.BuildAsync(outcome, zone, awards, options.Value, timeProvider, cancellationToken);
        return outcome.AlreadyCheckedIn ? TypedResults.Ok(response) : TypedResults.Created($"/api/me/check-ins?month={outcome.CheckIn.LocalDate:yyyy-MM}", response);
    }
}

internal static class CheckInResponses
{
    public static async Task<CheckInResponse> BuildAsync(
        CheckInOutcome outcome, string? zone, IPointsAwardQuery awards, EngagementOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var today = LocalDays.DateOf(now, BuildingBlocks.Time.LocalCalendar.FindTimeZone(zone));
        var current = StreakState.Current(outcome.Streak, today, now);
        // A fresh check-in's event is still in the outbox: ask only when it may have been processed.
        var points = outcome.AlreadyCheckedIn ? await awards.AwardedForAsync(outcome.CheckIn.MemberId, outcome.CheckIn.EventId, cancellationToken) : null;
        return new CheckInResponse(
            CheckInView.From(outcome.CheckIn), current, outcome.Streak.LongestStreak, outcome.AlreadyCheckedIn, points,
            StreakRules.Next(current, options.StreakMilestones));
    }
}
