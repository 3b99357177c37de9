using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.Referrals.Domain;

namespace UserOps.Community.Referrals.MyReferrals;

internal sealed record InviteeView(Guid Id, string DisplayName, string? AvatarUrl);

/// <summary>One of my invitees; <see cref="PointsEarned"/> is what I earned for them after any reversal.</summary>
internal sealed record MyReferralView(
    Guid Id, InviteeView Invitee, string Code, string Channel, string Status, DateTime AttributedAt, DateTime? ActivatedAt,
    DateTime? RevokedAt, bool RewardCapped, int PointsEarned);

internal sealed record MyReferralsSummary(int Registered, int Activated, int Revoked, int PointsEarned);

internal sealed record MyReferralsPage(IReadOnlyList<MyReferralView> Items, string? NextCursor, MyReferralsSummary Summary);

internal static class ListMyReferralsEndpoint
{
    public static void MapMyReferrals(this IEndpointRouteBuilder me) =>
        me.MapGet("/referrals", HandleAsync)
            .WithName("ListMyReferrals")
            .WithSummary("My invitees, newest first, with status (registered, activated, revoked) and the points I earned for each.");

    private static async Task<Results<Ok<MyReferralsPage>, ProblemHttpResult>> HandleAsync(
        string? cursor, int? limit, ClaimsPrincipal principal, CommunityDbContext db, IUserDirectory users, CancellationToken cancellationToken)
    {
        if (!KeysetCursor.TryDecode(cursor, out var after))
        {
            return Paging.InvalidCursor();
        }

        var userId = principal.GetUserId();
        var mine = db.Set<Referral>().AsNoTracking().Where(r => r.InviterId == userId);
        var page = mine;
        if (after is { } position)
        {
            var at = position.At;
            page = page.Below(r => r.AttributedAt, at, r => r.Id, position.Id);
        }

        var take = Paging.Clamp(limit);
        var rows = await page.OrderByDescending(r => r.AttributedAt).ThenByDescending(r => r.Id).Take(take + 1).ToListAsync(cancellationToken);
        var shown = rows.Take(take).ToList();
        var people = await users.GetManyAsync([.. shown.Select(r => r.InviteeId)], cancellationToken);
        var items = shown.Select(r => new MyReferralView(
            r.Id,
            people.GetValueOrDefault(r.InviteeId) is { } p ? new InviteeView(p.Id, p.DisplayName, p.AvatarUrl) : new InviteeView(r.InviteeId, "?", null),
            r.Code, r.Channel, r.Status.ToString().ToLowerInvariant(), r.AttributedAt, r.ActivatedAt, r.RevokedAt, r.InviterCapped,
            r.InviterPointsEarned + r.InviterPointsReversed)).ToList();
        var next = rows.Count > take ? KeysetCursor.From(shown[^1].AttributedAt, shown[^1].Id).Encode() : null;

        var totals = await mine.GroupBy(r => r.Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Points = g.Sum(r => r.InviterPointsEarned + r.InviterPointsReversed) })
            .ToListAsync(cancellationToken);
        int CountOf(ReferralStatus status) => totals.FirstOrDefault(t => t.Status == status)?.Count ?? 0;
        var summary = new MyReferralsSummary(
            CountOf(ReferralStatus.Registered), CountOf(ReferralStatus.Activated), CountOf(ReferralStatus.Revoked), totals.Sum(t => t.Points));
        return TypedResults.Ok(new MyReferralsPage(items, next, summary));
    }
}
