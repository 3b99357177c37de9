using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Security;
using UserOps.Community.BuildingBlocks.Time;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Growth.Engine;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Growth.Rules;

internal sealed record PreviewRequest(RuleRequest Rule, int? Days);

internal sealed record PreviewResult(int Days, int ActivitiesConsidered, int Awards, int Members, long Points);

/// <summary>Replays the recorded activity of the last N days through a draft rule, caps included, before it is saved.</summary>
internal static class PreviewRuleEndpoint
{
    private const int MaxActivities = 500_000;

    public static void MapPreviewRule(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/admin/point-rules/preview", HandleAsync)
            .RequireAuthorization(CommunityPolicies.Operator)
            .WithTags("Point rules")
            .WithName("PreviewPointRule")
            .WithSummary("How many members and points a draft rule would have produced over the last N days (default 30).");

    private static async Task<Results<Ok<PreviewResult>, ValidationProblem>> HandleAsync(
        PreviewRequest request, IValidator<RuleRequest> validator, CommunityDbContext db, IUserDirectory users, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (request.Rule is null)
        {
            return ApiProblems.Validation("rule", FieldErrorCodes.Required, "A draft rule is required.");
        }

        var validation = await validator.ValidateAsync(request.Rule, cancellationToken);
        if (!validation.IsValid || request.Days is < 1 or > 90)
        {
            // The draft's fields sit under "rule." in the request body.
            var failures = validation.Errors
                .Select(f => new ValidationFailure($"rule.{JsonNamingPolicy.CamelCase.ConvertName(f.PropertyName)}", f.ErrorMessage, f.AttemptedValue)
                {
                    ErrorCode = f.ErrorCode,
                    FormattedMessagePlaceholderValues = f.FormattedMessagePlaceholderValues,
                })
                .ToList();
            if (request.Days is < 1 or > 90)
            {
                failures.Add(new ValidationFailure("days", "Days must be between 1 and 90.", request.Days)
                {
                    ErrorCode = "InclusiveBetweenValidator",
                    FormattedMessagePlaceholderValues = new Dictionary<string, object> { ["From"] = 1, ["To"] = 90 },
                });
            }

            return ApiProblems.Validation(failures);
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var days = request.Days ?? 30;
        var draft = new PointRule { CreatedAt = now };
        RuleEndpoints.Apply(draft, request.Rule with { Enabled = true }, now);
        var since = now.AddDays(-days);
        var activities = await db.Set<Activity>().AsNoTracking()
            .Where(a => a.EventType == draft.EventType && a.OccurredAt >= since)
            .OrderBy(a => a.OccurredAt)
            .Take(MaxActivities)
            .ToListAsync(cancellationToken);
        var recipients = activities.Select(a => a.RecipientFor(draft.Recipient)).OfType<Guid>().Distinct().ToList();
        var zones = await users.GetManyAsync(recipients, cancellationToken);
        var simulation = new RuleSimulation(draft);
        foreach (var activity in activities)
        {
            if (activity.RecipientFor(draft.Recipient) is { } recipient)
            {
                var zone = zones.TryGetValue(recipient, out var member) ? member.TimeZone : null;
                simulation.Offer(activity, recipient, LocalCalendar.LocalDate(new DateTimeOffset(activity.OccurredAt, TimeSpan.Zero), zone));
            }
        }

        return TypedResults.Ok(new PreviewResult(days, activities.Count, simulation.Awards, simulation.Members, simulation.Points));
    }
}
