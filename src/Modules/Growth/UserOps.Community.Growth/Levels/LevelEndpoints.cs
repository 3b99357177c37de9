using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Security;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Growth.Points;

namespace UserOps.Community.Growth.Levels;

internal sealed record LevelRequest(int Number, string NameEn, string NameZh, long XpThreshold, IReadOnlyList<string>? Privileges, int? RewardPoints, Guid? RewardBadgeId = null);

internal sealed record LevelsRequest(IReadOnlyList<LevelRequest> Levels);

internal sealed class LevelsRequestValidator : AbstractValidator<LevelsRequest>
{
    public LevelsRequestValidator()
    {
        // Stop at the first failure: the order checks below read the list, which a body without levels leaves null.
        RuleFor(r => r.Levels).Cascade(CascadeMode.Stop).NotEmpty()
            .Must(l => l.Select(x => x.Number).SequenceEqual(Enumerable.Range(1, l.Count))).WithMessage("Levels are numbered 1, 2, 3, … in order.")
            .Must(l => l.Count > 0 && l[0].XpThreshold == 0).WithMessage("Level 1 starts at 0 XP.")
            .Must(l => l.Zip(l.Skip(1)).All(p => p.Second.XpThreshold > p.First.XpThreshold)).WithMessage("XP thresholds must increase with the level.");
        RuleForEach(r => r.Levels).ChildRules(level =>
        {
            level.RuleFor(l => l.NameEn).NotEmpty().MaximumLength(50);
            level.RuleFor(l => l.NameZh).NotEmpty().MaximumLength(50);
            level.RuleFor(l => l.RewardPoints).InclusiveBetween(1, 100_000).When(l => l.RewardPoints is not null);
            level.RuleForEach(l => l.Privileges).Must(p => Contracts.Privileges.All.Contains(p))
                .WithMessage($"Privileges come from: {string.Join(", ", Contracts.Privileges.All)}.");
        });
    }
}

internal static class LevelEndpoints
{
    public static void MapLevelEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/levels", ListAsync).AllowAnonymous().WithTags("Levels").WithName("ListLevels")
            .WithSummary("The levels, their XP thresholds and the privileges they unlock.");
        endpoints.MapGet("/api/levels/privileges", () => TypedResults.Ok(Contracts.Privileges.All)).AllowAnonymous().WithTags("Levels")
            .WithName("ListPrivileges").WithSummary("The privilege catalogue.");
        endpoints.MapPut("/api/admin/levels", ReplaceAsync).Validate<LevelsRequest>().RequireAuthorization(CommunityPolicies.Operator)
            .WithTags("Levels").WithName("ReplaceLevels").WithSummary("Replace the whole level table (operators). Members keep levels already reached.");
    }

    private static async Task<Ok<List<LevelView>>> ListAsync(CommunityDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Set<Level>().AsNoTracking().OrderBy(l => l.Number).ToListAsync(cancellationToken)).Select(PointsEndpoints.View).ToList());

    private static async Task<Results<Ok<List<LevelView>>, ValidationProblem>> ReplaceAsync(
        LevelsRequest request, CommunityDbContext db, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<Level>().ExecuteDeleteAsync(cancellationToken);
        db.AddRange(request.Levels.Select(l => new Level
        {
            Number = l.Number,
            NameEn = l.NameEn.Trim(),
            NameZh = l.NameZh.Trim(),
            XpThreshold = l.XpThreshold,
            Privileges = [.. (l.Privileges ?? []).Distinct()],
            RewardPoints = l.RewardPoints,
            RewardBadgeId = l.RewardBadgeId,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await ListAsync(db, cancellationToken);
    }
}
