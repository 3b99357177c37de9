using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Engagement.CheckIns;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Engagement.Makeup;

internal sealed record MakeupRequest(DateOnly? Date);

internal sealed class MakeupRequestValidator : AbstractValidator<MakeupRequest>
{
    public MakeupRequestValidator() => RuleFor(r => r.Date).NotNull();
}

internal static class MakeupEndpoint
{
    public static void MapMakeup(this IEndpointRouteBuilder checkIns) =>
        checkIns.MapPost("/makeup", HandleAsync)
            .Validate<MakeupRequest>()
            .RequireAuthorization()
            .WithName("MakeUpCheckIn")
            .WithSummary("Make up a missed day within the window (needs the checkins.makeup privilege; costs points; limited per month).");

    private static async Task<Results<Created<CheckInResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        MakeupRequest request, ClaimsPrincipal principal, MakeupRecorder recorder, IPrivilegeQuery privileges, IUserDirectory users,
        IPointsAwardQuery awards, IOptions<EngagementOptions> options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var memberId = principal.GetUserId();
        if (await privileges.CheckAsync(memberId, Privileges.CheckInsMakeup, cancellationToken) is { Granted: false } check)
        {
            return ApiProblems.PrivilegeRequired(Privileges.CheckInsMakeup, check.RequiredLevel);
        }

        var zone = (await users.FindAsync(memberId, cancellationToken))?.TimeZone;
        var (outcome, problem) = await recorder.MakeUpAsync(memberId, zone, request.Date!.Value, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var response = await CheckInResponses.BuildAsync(outcome!, zone, awards, options.Value, timeProvider, cancellationToken);
        return TypedResults.Created($"/api/me/check-ins?month={request.Date:yyyy-MM}", response);
    }
}
