using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Security;
using UserOps.Community.BuildingBlocks.Time;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Leaderboards;

internal sealed record SeasonRequest(string Name, DateOnly StartsOn, DateOnly EndsOn);

internal sealed record SeasonView(Guid Id, string Name, DateOnly StartsOn, DateOnly EndsOn);

internal sealed class SeasonRequestValidator : AbstractValidator<SeasonRequest>
{
    public SeasonRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
        RuleFor(r => r.EndsOn).GreaterThanOrEqualTo(r => r.StartsOn).WithMessage("endsOn must not be before startsOn.");
        RuleFor(r => r).Must(r => r.EndsOn.DayNumber - r.StartsOn.DayNumber <= 366).WithMessage("A season lasts at most a year.").WithErrorCode("season_too_long").OverridePropertyName("endsOn");
    }
}

internal static class SeasonEndpoints
{
    public static void MapSeasons(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/seasons", ListAsync).AllowAnonymous().WithTags("Leaderboards").WithName("ListSeasons")
            .WithSummary("Operator-defined seasons (named date ranges with their own leaderboards).");
        endpoints.MapPost("/api/admin/seasons", CreateAsync).Validate<SeasonRequest>().RequireAuthorization(CommunityPolicies.Operator)
            .WithTags("Leaderboards").WithName("CreateSeason")
            .WithSummary("Create a season; points already earned inside its dates are counted from the ledger.");
    }

    private static async Task<Ok<List<SeasonView>>> ListAsync(CommunityDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Set<Season>().AsNoTracking().OrderByDescending(s => s.StartsOn)
            .Select(s => new SeasonView(s.Id, s.Name, s.StartsOn, s.EndsOn)).ToListAsync(cancellationToken));

    private static async Task<Results<Created<SeasonView>, ValidationProblem>> CreateAsync(
        SeasonRequest request, CommunityDbContext db, IOptions<GrowthOptions> options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var season = new Season { Name = request.Name.Trim(), StartsOn = request.StartsOn, EndsOn = request.EndsOn, CreatedAt = timeProvider.GetUtcNow().UtcDateTime };
        var zone = LocalCalendar.FindTimeZone(options.Value.CommunityTimeZone);
        var from = TimeZoneInfo.ConvertTimeToUtc(request.StartsOn.ToDateTime(TimeOnly.MinValue), zone);
        var until = TimeZoneInfo.ConvertTimeToUtc(request.EndsOn.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
        var key = LeaderboardPeriods.Key(PeriodKind.Season, request.StartsOn, season.Id);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(season);
        var earned = db.Set<PointEntry>().Where(e => e.OccurredAt >= from && e.OccurredAt < until
            && (e.Kind == PointEntryKind.Earned || e.Kind == PointEntryKind.Reversed || e.Kind == PointEntryKind.Granted || e.Kind == PointEntryKind.Revoked));
        var global = await earned.GroupBy(e => e.UserId)
            .Select(g => new { UserId = g.Key, Points = g.Sum(e => (long)e.Amount), Last = g.Max(e => e.OccurredAt) }).ToListAsync(cancellationToken);
        var perGroup = await earned.Where(e => e.GroupId != null).GroupBy(e => new { e.UserId, e.GroupId })
            .Select(g => new { g.Key.UserId, g.Key.GroupId, Points = g.Sum(e => (long)e.Amount), Last = g.Max(e => e.OccurredAt) }).ToListAsync(cancellationToken);
        db.AddRange(global.Select(g => new LeaderboardEntry { Period = key, GroupId = Guid.Empty, UserId = g.UserId, Points = g.Points, UpdatedAt = g.Last }));
        db.AddRange(perGroup.Select(g => new LeaderboardEntry { Period = key, GroupId = g.GroupId!.Value, UserId = g.UserId, Points = g.Points, UpdatedAt = g.Last }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/seasons/{season.Id}", new SeasonView(season.Id, season.Name, season.StartsOn, season.EndsOn));
    }
}
