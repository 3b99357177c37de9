using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Security;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Growth.Badges;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Growth.Ledger;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Growth.Points;

internal sealed record GrantPointsRequest(int Amount, string Reason);

internal sealed class GrantPointsRequestValidator : AbstractValidator<GrantPointsRequest>
{
    public GrantPointsRequestValidator()
    {
        RuleFor(r => r.Amount).NotEqual(0).InclusiveBetween(-1_000_000, 1_000_000);
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(500);
    }
}

internal static class GrantPointsEndpoint
{
    public static void MapGrantPoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/admin/users/{id:guid}/points", HandleAsync)
            .Validate<GrantPointsRequest>()
            .RequireAuthorization(CommunityPolicies.Operator)
            .WithTags("Points")
            .WithName("GrantPoints")
            .WithSummary("Grant (positive) or revoke (negative) points by hand, with a reason; recorded in the ledger with the operator.");

    private static async Task<Results<Ok<PointsSummary>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, GrantPointsRequest request, ClaimsPrincipal principal, CommunityDbContext db, PointsLedger ledger,
        PointsGrants grants, BadgeAwarder badges, IUserDirectory users, CancellationToken cancellationToken)
    {
        if (await users.FindAsync(id, cancellationToken) is not { } member)
        {
            return ApiProblems.NotFound("user_not_found", "No such member.");
        }

        var operatorId = principal.GetUserId();
        var sourceId = Guid.CreateVersion7();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await ledger.LockMemberAsync(id, cancellationToken);
            await grants.GrantAsync(
                new PointsGrant(id, request.Amount, request.Amount > 0 ? PointEntryKind.Granted : PointEntryKind.Revoked, sourceId, "Manual", request.Reason.Trim(), OperatorId: operatorId),
                member.TimeZone,
                cancellationToken);
            await badges.EvaluateAsync(id, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return await PointsEndpoints.SummaryAsync(id, db, cancellationToken);
    }
}
