using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.Referrals.Domain;

namespace UserOps.Community.Referrals.Stats;

internal static class ReferralStatsEndpoint
{
    public const int MaxDays = 366;

    public static void MapReferralStats(this IEndpointRouteBuilder admin) =>
        admin.MapGet("/referrals/stats", HandleAsync)
            .WithName("GetReferralStats")
            .WithSummary("Referral funnel for members attributed in [from, to] (UTC days, default the last 30): invites used, activations, rate, median time to activation, top referrers, per channel and code, viral coefficient K.");

    private static async Task<Results<Ok<ReferralStatsView>, ValidationProblem>> HandleAsync(
        DateOnly? from, DateOnly? to, string? channel, CommunityDbContext db, IUserDirectory users, TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var last = to ?? DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        var first = from ?? last.AddDays(-29);
        if (first > last || last.DayNumber - first.DayNumber >= MaxDays)
        {
            return ApiProblems.Validation(
                "from", "date_range", $"from must not be after to, and the range at most {MaxDays} days.", new Dictionary<string, object?> { ["maxDays"] = MaxDays });
        }

        var start = first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = last.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var referrals = db.Set<Referral>().AsNoTracking().Where(r => r.AttributedAt >= start && r.AttributedAt < end);
        if (!string.IsNullOrWhiteSpace(channel))
        {
            referrals = referrals.Where(r => r.Channel == channel);
        }

        // One small row per referral in the period: enough for medians and breakdowns at community scale.
        var cohort = await referrals
            .Select(r => new CohortRow(
                r.InviterId, r.CodeId, r.Code, r.Channel, r.Status == ReferralStatus.Activated, r.Status == ReferralStatus.Revoked, r.AttributedAt, r.ActivatedAt))
            .ToListAsync(cancellationToken);
        var codeIds = cohort.Select(r => r.CodeId).Distinct().ToList();
        var codes = await db.Set<InviteCode>().AsNoTracking().Where(c => codeIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => (c.Kind, c.Label), cancellationToken);
        var membersAtStart = await users.CountRegisteredAsync(DateTime.MinValue, start, cancellationToken);
        var registrations = await users.CountRegisteredAsync(start, end, cancellationToken);

        var top = cohort.Where(r => r.InviterId is not null).GroupBy(r => r.InviterId!.Value)
            .Select(g => (UserId: g.Key, Used: g.Count(), Activated: g.Count(r => r.Activated)))
            .OrderByDescending(t => t.Activated).ThenByDescending(t => t.Used).ThenBy(t => t.UserId)
            .Take(StatsMath.TopReferrers).ToList();
        var people = await users.GetManyAsync([.. top.Select(t => t.UserId)], cancellationToken);
        return TypedResults.Ok(Compose(first, last, channel, membersAtStart, registrations, cohort, codes, top, people));
    }

    private static ReferralStatsView Compose(
        DateOnly first, DateOnly last, string? channel, int membersAtStart, int registrations, IReadOnlyList<CohortRow> cohort,
        IReadOnlyDictionary<Guid, (InviteCodeKind Kind, string? Label)> codes, IReadOnlyList<(Guid UserId, int Used, int Activated)> top,
        IReadOnlyDictionary<Guid, UserSummary> people)
    {
        var used = cohort.Count;
        var activated = cohort.Count(r => r.Activated);
        var rate = StatsMath.Ratio(activated, used);
        var perMember = StatsMath.Ratio(used, membersAtStart);
        var hours = cohort.Where(r => r.Activated && r.ActivatedAt is not null).Select(r => (r.ActivatedAt!.Value - r.AttributedAt).TotalHours).ToList();
        var byChannel = cohort.GroupBy(r => r.Channel)
            .Select(g => new ChannelRow(g.Key, g.Count(), g.Count(r => r.Activated), StatsMath.Ratio(g.Count(r => r.Activated), g.Count())))
            .OrderByDescending(c => c.InvitesUsed).ThenBy(c => c.Channel, StringComparer.Ordinal).ToList();
        var byCode = cohort.GroupBy(r => (r.CodeId, r.Code, r.Channel))
            .Select(g =>
            {
                var (kind, label) = codes.GetValueOrDefault(g.Key.CodeId);
                return new CodeRow(g.Key.Code, kind.ToString().ToLowerInvariant(), g.Key.Channel, label, g.Count(), g.Count(r => r.Activated),
                    StatsMath.Ratio(g.Count(r => r.Activated), g.Count()));
            })
            .OrderByDescending(c => c.InvitesUsed).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();
        return new ReferralStatsView(
            first, last, channel, membersAtStart, registrations, used, activated, cohort.Count(r => r.Revoked), rate,
            StatsMath.Median(hours), perMember, perMember is { } i && rate is { } c ? i * c : null,
            [.. top.Select(t => new TopReferrer(t.UserId, people.GetValueOrDefault(t.UserId)?.DisplayName ?? "?", t.Used, t.Activated))],
            byChannel, byCode);
    }
}
