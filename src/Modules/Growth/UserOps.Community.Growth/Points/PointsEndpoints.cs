using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Security;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Growth.Points;

internal sealed record LevelView(int Number, string NameEn, string NameZh, long XpThreshold, IReadOnlyList<string> Privileges);

internal sealed record PointsSummary(
    Guid UserId, long Xp, long Balance, LevelView Level, LevelView? NextLevel, long XpToNextLevel, double Progress, IReadOnlyList<string> Privileges);

internal sealed record LedgerLine(
    Guid Id, int Amount, string Kind, string Reason, string SourceType, Guid? RuleId, Guid? GroupId, DateTime OccurredAt, DateOnly LocalDate);

internal static class PointsEndpoints
{
    public static void MapPointsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var me = endpoints.MapGroup("/api/me/points").WithTags("Points").RequireAuthorization();
        me.MapGet("/", (ClaimsPrincipal p, CommunityDbContext db, CancellationToken ct) => SummaryAsync(p.GetUserId(), db, ct))
            .WithName("GetMyPoints").WithSummary("My XP, spendable balance, level and progress to the next level.");
        me.MapGet("/ledger", (string? cursor, int? limit, ClaimsPrincipal p, CommunityDbContext db, CancellationToken ct) => LedgerAsync(p.GetUserId(), cursor, limit, db, ct))
            .WithName("GetMyLedger").WithSummary("Why I got every point: my ledger, newest first.");

        var users = endpoints.MapGroup("/api/users/{id:guid}/points").WithTags("Points").RequireAuthorization(GrowthPolicies.StaffPolicy);
        users.MapGet("/", async (Guid id, IUserDirectory directory, CommunityDbContext db, CancellationToken ct) =>
                await directory.FindAsync(id, ct) is null ? (IResult)ApiProblems.NotFound("user_not_found", "No such member.") : await SummaryAsync(id, db, ct))
            .WithName("GetMemberPoints").WithSummary("A member's points (moderators and operators).");
        users.MapGet("/ledger", (Guid id, string? cursor, int? limit, CommunityDbContext db, CancellationToken ct) => LedgerAsync(id, cursor, limit, db, ct))
            .WithName("GetMemberLedger").WithSummary("A member's ledger (moderators and operators).");
    }

    public static async Task<Ok<PointsSummary>> SummaryAsync(Guid userId, CommunityDbContext db, CancellationToken cancellationToken)
    {
        var member = await db.Set<MemberPoints>().AsNoTracking().FirstOrDefaultAsync(m => m.UserId == userId, cancellationToken)
            ?? new MemberPoints { UserId = userId, Level = 1 };
        var levels = await db.Set<Level>().AsNoTracking().OrderBy(l => l.Number).ToListAsync(cancellationToken);
        var current = levels.FirstOrDefault(l => l.Number == member.Level) ?? levels.First();
        var next = levels.FirstOrDefault(l => l.Number == member.Level + 1);
        var toNext = next is null ? 0 : Math.Max(0, next.XpThreshold - member.Xp);
        var progress = next is null ? 1d : Math.Clamp((double)(member.Xp - current.XpThreshold) / Math.Max(1, next.XpThreshold - current.XpThreshold), 0, 1);
        var privileges = levels.Where(l => l.Number <= member.Level).SelectMany(l => l.Privileges).Distinct().Order(StringComparer.Ordinal).ToList();
        return TypedResults.Ok(new PointsSummary(userId, member.Xp, member.Balance, View(current), next is null ? null : View(next), toNext, Math.Round(progress, 4), privileges));
    }

    private static async Task<Results<Ok<CursorPage<LedgerLine>>, ProblemHttpResult>> LedgerAsync(
        Guid userId, string? cursor, int? limit, CommunityDbContext db, CancellationToken cancellationToken)
    {
        if (!KeysetCursor.TryDecode(cursor, out var after))
        {
            return Paging.InvalidCursor();
        }

        var entries = db.Set<PointEntry>().AsNoTracking().Where(e => e.UserId == userId);
        if (after is { } position)
        {
            var at = position.At;
            entries = entries.Below(e => e.OccurredAt, at, e => e.Id, position.Id);
        }

        var take = Paging.Clamp(limit);
        var rows = await entries.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Take(take + 1).ToListAsync(cancellationToken);
        var page = rows.Take(take).Select(e => new LedgerLine(e.Id, e.Amount, e.Kind.ToString().ToLowerInvariant(), e.Reason, e.SourceType, e.RuleId, e.GroupId, e.OccurredAt, e.LocalDate)).ToList();
        var next = rows.Count > take ? KeysetCursor.From(page[^1].OccurredAt, page[^1].Id).Encode() : null;
        return TypedResults.Ok(new CursorPage<LedgerLine>(page, next));
    }

    public static LevelView View(Level level) => new(level.Number, level.NameEn, level.NameZh, level.XpThreshold, level.Privileges);
}

internal static class GrowthPolicies
{
    /// <summary>Moderators, operators and admins may look at members' points.</summary>
    public const string StaffPolicy = "growth.staff";

    public static readonly string[] StaffRoles = [CommunityRoles.Moderator, CommunityRoles.Operator, CommunityRoles.Admin];
}
