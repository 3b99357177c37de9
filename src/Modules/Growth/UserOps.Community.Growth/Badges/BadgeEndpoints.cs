using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Security;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Growth.Ledger;
using UserOps.Community.Growth.Points;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Growth.Badges;

internal sealed record EarnedBadge(BadgeView Badge, DateTime EarnedAt, bool Retroactive);

internal sealed record BadgeProgress(BadgeView Badge, double Progress);

internal sealed record MyBadges(IReadOnlyList<EarnedBadge> Earned, IReadOnlyList<BadgeProgress> InProgress);

internal sealed record ManualBadgeRequest(string Reason);

internal static class BadgeEndpoints
{
    public static void MapBadgeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/badges", ListVisibleAsync).AllowAnonymous().WithTags("Badges").WithName("ListBadges").WithSummary("The badges members can earn.");
        endpoints.MapGet("/api/me/badges", MineAsync).RequireAuthorization().WithTags("Badges").WithName("MyBadges")
            .WithSummary("My badges, and my progress toward the visible badges I have not earned yet.");

        var admin = endpoints.MapGroup("/api/admin/badges").WithTags("Badges").RequireAuthorization(CommunityPolicies.Operator);
        admin.MapGet("/", ListAllAsync).WithName("ListAllBadges").WithSummary("Every badge.");
        admin.MapPost("/", CreateAsync).Validate<BadgeRequest>().WithName("CreateBadge")
            .WithSummary("Create a badge; with awardRetroactively, everyone who already qualifies gets it in the background.");
        admin.MapPut("/{id:guid}", UpdateAsync).Validate<BadgeRequest>().WithName("UpdateBadge").WithSummary("Replace a badge's settings.");

        var manual = endpoints.MapGroup("/api/admin/users/{userId:guid}/badges/{badgeId:guid}").WithTags("Badges").RequireAuthorization(GrowthPolicies.StaffPolicy);
        manual.MapPost("/", GrantAsync).WithName("GrantBadge").WithSummary("Give a member a badge by hand, with a reason (moderators, operators).");
        manual.MapDelete("/", RevokeAsync).WithName("RevokeBadge").WithSummary("Take a badge back, with a reason (moderators, operators).");
    }

    private static async Task<Ok<List<BadgeView>>> ListVisibleAsync(CommunityDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Set<Badge>().AsNoTracking().Where(b => b.Enabled && b.Visible).OrderBy(b => b.CreatedAt).ToListAsync(cancellationToken)).Select(BadgeView.From).ToList());

    private static async Task<Ok<List<BadgeView>>> ListAllAsync(CommunityDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Set<Badge>().AsNoTracking().OrderBy(b => b.CreatedAt).ToListAsync(cancellationToken)).Select(BadgeView.From).ToList());

    private static async Task<Ok<MyBadges>> MineAsync(ClaimsPrincipal principal, CommunityDbContext db, BadgeAwarder awarder, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var earned = await db.Set<MemberBadge>().AsNoTracking().Where(m => m.UserId == userId)
            .Join(db.Set<Badge>(), m => m.BadgeId, b => b.Id, (m, b) => new { m.EarnedAt, m.Retroactive, Badge = b })
            .OrderByDescending(x => x.EarnedAt).ToListAsync(cancellationToken);
        var held = earned.Select(e => e.Badge.Id).ToHashSet();
        var open = await db.Set<Badge>().AsNoTracking().Where(b => b.Enabled && b.Visible && !b.Manual && b.Criterion != null).ToListAsync(cancellationToken);
        var values = new Dictionary<BadgeCondition, long>();
        var progress = new List<BadgeProgress>();
        foreach (var badge in open.Where(b => !held.Contains(b.Id)))
        {
            var criterion = BadgeCriterion.FromJson(badge.Criterion)!;
            foreach (var condition in criterion.AllConditions().Where(c => !values.ContainsKey(c)))
            {
                values[condition] = await awarder.ValueAsync(userId, condition, cancellationToken);
            }

            progress.Add(new BadgeProgress(BadgeView.From(badge), Math.Round(criterion.Progress(c => values[c]), 4)));
        }

        return TypedResults.Ok(new MyBadges([.. earned.Select(e => new EarnedBadge(BadgeView.From(e.Badge), e.EarnedAt, e.Retroactive))], progress));
    }

    private static async Task<Created<BadgeView>> CreateAsync(BadgeRequest request, CommunityDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var badge = new Badge { CreatedAt = timeProvider.GetUtcNow().UtcDateTime };
        Apply(badge, request);
        db.Add(badge);
        QueueBackfill(db, badge, request, timeProvider);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/admin/badges/{badge.Id}", BadgeView.From(badge));
    }

    private static async Task<Results<Ok<BadgeView>, ProblemHttpResult>> UpdateAsync(
        Guid id, BadgeRequest request, CommunityDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var badge = await db.Set<Badge>().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (badge is null)
        {
            return ApiProblems.NotFound("badge_not_found", "No such badge.");
        }

        Apply(badge, request);
        QueueBackfill(db, badge, request, timeProvider);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(BadgeView.From(badge));
    }

    private static async Task<Results<Created<EarnedBadge>, Ok<EarnedBadge>, ProblemHttpResult>> GrantAsync(
        Guid userId, Guid badgeId, ManualBadgeRequest request, ClaimsPrincipal principal, CommunityDbContext db,
        BadgeAwarder awarder, PointsLedger ledger, IUserDirectory users, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 500)
        {
            return ApiProblems.BadRequest(ProblemCodes.ValidationFailed, "A reason of 1 to 500 characters is required.");
        }

        var badge = await db.Set<Badge>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == badgeId, cancellationToken);
        if (badge is null || await users.FindAsync(userId, cancellationToken) is null)
        {
            return ApiProblems.NotFound("badge_not_found", "No such badge or member.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ledger.LockMemberAsync(userId, cancellationToken);
        var awarded = await awarder.AwardAsync(userId, badge, retroactive: false, principal.GetUserId(), request.Reason.Trim(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var held = await db.Set<MemberBadge>().AsNoTracking().FirstAsync(m => m.UserId == userId && m.BadgeId == badgeId, cancellationToken);
        var view = new EarnedBadge(BadgeView.From(badge), held.EarnedAt, held.Retroactive);
        return awarded ? TypedResults.Created($"/api/admin/users/{userId}/badges/{badgeId}", view) : TypedResults.Ok(view);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        Guid userId, Guid badgeId, string? reason, ClaimsPrincipal principal, CommunityDbContext db, MemberCounters counters,
        PointsLedger ledger, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 500)
        {
            return ApiProblems.BadRequest(ProblemCodes.ValidationFailed, "A reason (?reason=...) of 1 to 500 characters is required.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ledger.LockMemberAsync(userId, cancellationToken);
        var removed = await db.Set<MemberBadge>().Where(m => m.UserId == userId && m.BadgeId == badgeId).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            return ApiProblems.NotFound("badge_not_held", "The member does not hold this badge.");
        }

        await counters.AddAsync(userId, null, Metrics.BadgesEarned, -1, cancellationToken);
        db.AddIntegrationEvent(new BadgeRevoked(userId, badgeId, principal.GetUserId(), reason.Trim()) { OccurredAt = timeProvider.GetUtcNow().UtcDateTime }, userId, timeProvider);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static void Apply(Badge badge, BadgeRequest request)
    {
        badge.NameEn = request.NameEn.Trim();
        badge.NameZh = request.NameZh.Trim();
        badge.DescriptionEn = request.DescriptionEn?.Trim() ?? string.Empty;
        badge.DescriptionZh = request.DescriptionZh?.Trim() ?? string.Empty;
        badge.Icon = request.Icon ?? string.Empty;
        badge.Tier = request.Tier ?? BadgeTiers.Bronze;
        badge.Manual = request.Manual ?? false;
        badge.Visible = request.Visible ?? true;
        badge.Enabled = request.Enabled ?? true;
        badge.Criterion = badge.Manual ? null : request.Criterion?.ToJson();
    }

    private static void QueueBackfill(CommunityDbContext db, Badge badge, BadgeRequest request, TimeProvider timeProvider)
    {
        if (request.AwardRetroactively == true && badge.Enabled && !badge.Manual)
        {
            db.AddIntegrationEvent(new BadgeBackfillRequested(badge.Id, null) { OccurredAt = timeProvider.GetUtcNow().UtcDateTime }, badge.Id, timeProvider);
        }
    }
}
