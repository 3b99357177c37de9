using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Security;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Rules;

internal sealed record CatalogueEntry(string EventType, string Description, IReadOnlyList<string> Recipients);

internal sealed record RuleAuditView(Guid Id, Guid RuleId, string Action, Guid ActorId, DateTime At, JsonElement? Before, JsonElement? After);

/// <summary>Operators manage point rules at run time; every change is versioned in the audit log.</summary>
internal static class RuleEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapRuleEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var rules = endpoints.MapGroup("/api/admin/point-rules").WithTags("Point rules").RequireAuthorization(CommunityPolicies.Operator);
        rules.MapGet("/", ListAsync).WithName("ListPointRules").WithSummary("All point rules.");
        rules.MapGet("/catalogue", () => TypedResults.Ok(EventCatalogue.All.Select(e => new CatalogueEntry(e.EventType, e.Description, [.. e.Recipients.Select(RecipientNames.Of)])).ToList()))
            .WithName("PointRuleCatalogue").WithSummary("The events rules can react to and whom each can reward.");
        rules.MapGet("/audit", AuditAsync).WithName("PointRuleAudit").WithSummary("Who changed which rule when, with the rule before and after.");
        rules.MapPost("/", CreateAsync).Validate<RuleRequest>().WithName("CreatePointRule").WithSummary("Create a rule.");
        rules.MapPut("/{id:guid}", UpdateAsync).Validate<RuleRequest>().WithName("UpdatePointRule").WithSummary("Replace a rule.");
        rules.MapDelete("/{id:guid}", DeleteAsync).WithName("DeletePointRule").WithSummary("Delete a rule; points it gave stay.");
    }

    private static async Task<Ok<List<RuleView>>> ListAsync(CommunityDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Set<PointRule>().AsNoTracking().OrderBy(r => r.EventType).ThenBy(r => r.CreatedAt).ToListAsync(cancellationToken)).Select(RuleView.From).ToList());

    private static async Task<Ok<List<RuleAuditView>>> AuditAsync(Guid? ruleId, CommunityDbContext db, CancellationToken cancellationToken)
    {
        var audit = db.Set<RuleAuditEntry>().AsNoTracking();
        if (ruleId is { } id)
        {
            audit = audit.Where(a => a.RuleId == id);
        }

        var rows = await audit.OrderByDescending(a => a.At).Take(200).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(a => new RuleAuditView(a.Id, a.RuleId, a.Action, a.ActorId, a.At, Parse(a.Before), Parse(a.After))).ToList());
    }

    private static async Task<Results<Created<RuleView>, ValidationProblem>> CreateAsync(
        RuleRequest request, ClaimsPrincipal principal, CommunityDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var rule = new PointRule { CreatedAt = now };
        Apply(rule, request, now);
        db.Add(rule);
        Audit(db, rule.Id, "created", principal.GetUserId(), now, null, RuleView.From(rule));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/admin/point-rules/{rule.Id}", RuleView.From(rule));
    }

    private static async Task<Results<Ok<RuleView>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, RuleRequest request, ClaimsPrincipal principal, CommunityDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var rule = await db.Set<PointRule>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rule is null)
        {
            return ApiProblems.NotFound("rule_not_found", "No such rule.");
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var before = RuleView.From(rule);
        Apply(rule, request, now);
        rule.Version++;
        Audit(db, rule.Id, "updated", principal.GetUserId(), now, before, RuleView.From(rule));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(RuleView.From(rule));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, ClaimsPrincipal principal, CommunityDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var rule = await db.Set<PointRule>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rule is null)
        {
            return ApiProblems.NotFound("rule_not_found", "No such rule.");
        }

        db.Remove(rule);
        Audit(db, rule.Id, "deleted", principal.GetUserId(), timeProvider.GetUtcNow().UtcDateTime, RuleView.From(rule), null);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static void Apply(PointRule rule, RuleRequest request, DateTime now)
    {
        rule.Name = request.Name.Trim();
        rule.EventType = request.EventType;
        rule.Recipient = RecipientNames.Parse(request.Recipient) ?? Recipient.Actor;
        rule.Points = request.Points;
        rule.Multiplier = request.Multiplier ?? 1m;
        rule.DailyCap = request.DailyCap;
        rule.TotalCap = request.TotalCap;
        rule.PerActorDailyCap = request.PerActorDailyCap;
        rule.CooldownSeconds = request.CooldownSeconds;
        rule.MinContentLength = request.MinContentLength;
        rule.GroupId = request.GroupId;
        rule.ActiveFrom = request.ActiveFrom?.ToUniversalTime();
        rule.ActiveUntil = request.ActiveUntil?.ToUniversalTime();
        rule.Enabled = request.Enabled ?? true;
        rule.UpdatedAt = now;
    }

    private static void Audit(CommunityDbContext db, Guid ruleId, string action, Guid actorId, DateTime at, RuleView? before, RuleView? after) =>
        db.Add(new RuleAuditEntry
        {
            RuleId = ruleId,
            Action = action,
            ActorId = actorId,
            At = at,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        });

    private static JsonElement? Parse(string? json) => json is null ? null : JsonSerializer.Deserialize<JsonElement>(json);
}
