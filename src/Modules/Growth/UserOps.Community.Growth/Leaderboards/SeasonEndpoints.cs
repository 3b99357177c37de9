using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Security;
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
        // A season's bounds become instants in the site's time zone, the end one day on: keep a day clear of the calendar's edges.
        RuleFor(r => r.StartsOn).GreaterThan(DateOnly.MinValue);
        RuleFor(r => r.EndsOn).LessThan(DateOnly.MaxValue.AddDays(-1));
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
        endpoints.MapPut("/api/admin/seasons/{id:guid}", UpdateAsync).Validate<SeasonRequest>().RequireAuthorization(CommunityPolicies.Operator)
            .WithTags("Leaderboards").WithName("UpdateSeason")
            .WithSummary("Rename a season or move its dates; its leaderboard is counted again from the ledger.");
        endpoints.MapDelete("/api/admin/seasons/{id:guid}", DeleteAsync).RequireAuthorization(CommunityPolicies.Operator)
            .WithTags("Leaderboards").WithName("DeleteSeason")
            .WithSummary("Delete a season and its leaderboard; members' points are untouched.");
    }

    private static async Task<Ok<List<SeasonView>>> ListAsync(CommunityDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Set<Season>().AsNoTracking().OrderByDescending(s => s.StartsOn)
            .Select(s => new SeasonView(s.Id, s.Name, s.StartsOn, s.EndsOn)).ToListAsync(cancellationToken));

    private static async Task<Results<Created<SeasonView>, ValidationProblem>> CreateAsync(
        SeasonRequest request, CommunityDbContext db, SeasonBoards boards, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var season = new Season { Name = request.Name.Trim(), StartsOn = request.StartsOn, EndsOn = request.EndsOn, CreatedAt = timeProvider.GetUtcNow().UtcDateTime };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(season);
        await boards.FillAsync(season, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/seasons/{season.Id}", View(season));
    }

    private static async Task<Results<Ok<SeasonView>, ProblemHttpResult>> UpdateAsync(
        Guid id, SeasonRequest request, CommunityDbContext db, SeasonBoards boards, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var season = new Season { Id = id, Name = request.Name.Trim(), StartsOn = request.StartsOn, EndsOn = request.EndsOn };

        // Updating the row first locks it, so concurrent edits of one season recount its board one after another.
        var updated = await db.Set<Season>().Where(s => s.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(x => x.Name, season.Name).SetProperty(x => x.StartsOn, season.StartsOn).SetProperty(x => x.EndsOn, season.EndsOn),
            cancellationToken);
        if (updated == 0)
        {
            return SeasonNotFound();
        }

        await boards.ClearAsync(season, cancellationToken);
        await boards.FillAsync(season, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(View(season));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, CommunityDbContext db, SeasonBoards boards, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Set<Season>().Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return SeasonNotFound();
        }

        await boards.ClearAsync(new Season { Id = id }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static SeasonView View(Season season) => new(season.Id, season.Name, season.StartsOn, season.EndsOn);

    private static ProblemHttpResult SeasonNotFound() => ApiProblems.NotFound("season_not_found", "No such season.");
}
