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

namespace UserOps.Community.Growth.Rewards;

internal sealed record DecisionRequest(string? Note);

/// <summary>Operators work the redemption queue: fulfil, or cancel with a refund and the unit back in stock.</summary>
internal static class FulfilmentEndpoints
{
    public static void MapFulfilment(this IEndpointRouteBuilder endpoints)
    {
        var queue = endpoints.MapGroup("/api/admin/redemptions").WithTags("Rewards").RequireAuthorization(CommunityPolicies.Operator);
        queue.MapGet("/", ListAsync).WithName("ListRedemptions").WithSummary("Redemptions by status (default pending), oldest first.");
        queue.MapPost("/{id:guid}/fulfil", FulfilAsync).WithName("FulfilRedemption").WithSummary("Mark a pending redemption delivered.");
        queue.MapPost("/{id:guid}/cancel", CancelAsync).WithName("CancelRedemption").WithSummary("Cancel a pending redemption: refunds the points and restores stock.");
    }

    private static async Task<Results<Ok<List<RedemptionView>>, ProblemHttpResult>> ListAsync(string? status, CommunityDbContext db, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<RedemptionStatus>(status ?? "pending", ignoreCase: true, out var wanted))
        {
            return ApiProblems.BadRequest("invalid_status", "status must be pending, fulfilled or cancelled.");
        }

        var rows = await db.Set<Redemption>().AsNoTracking().Where(r => r.Status == wanted)
            .OrderBy(r => r.CreatedAt).Take(200)
            .Join(db.Set<Reward>(), r => r.RewardId, w => w.Id, (r, w) => new { Redemption = r, w.Name })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(r => RedemptionView.From(r.Redemption, r.Name)).ToList());
    }

    private static Task<Results<Ok<RedemptionView>, ProblemHttpResult>> FulfilAsync(
        Guid id, DecisionRequest? request, ClaimsPrincipal principal, CommunityDbContext db, PointsLedger ledger, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        DecideAsync(id, RedemptionStatus.Fulfilled, request?.Note, principal, db, ledger, timeProvider, cancellationToken);

    private static Task<Results<Ok<RedemptionView>, ProblemHttpResult>> CancelAsync(
        Guid id, DecisionRequest? request, ClaimsPrincipal principal, CommunityDbContext db, PointsLedger ledger, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        DecideAsync(id, RedemptionStatus.Cancelled, request?.Note, principal, db, ledger, timeProvider, cancellationToken);

    private static async Task<Results<Ok<RedemptionView>, ProblemHttpResult>> DecideAsync(
        Guid id, RedemptionStatus outcome, string? note, ClaimsPrincipal principal, CommunityDbContext db, PointsLedger ledger, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var redemption = await db.Set<Redemption>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (redemption is null)
        {
            return ApiProblems.NotFound("redemption_not_found", "No such redemption.");
        }

        var reward = await db.Set<Reward>().AsNoTracking().FirstAsync(r => r.Id == redemption.RewardId, cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var operatorId = principal.GetUserId();
        var trimmed = note?.Trim() is { Length: > 0 } text ? text[..Math.Min(text.Length, 500)] : null;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Only the first decision moves a pending redemption; a second one gets 409.
        var decided = await db.Set<Redemption>().Where(r => r.Id == id && r.Status == RedemptionStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, outcome).SetProperty(r => r.DecidedAt, now).SetProperty(r => r.DecidedBy, operatorId).SetProperty(r => r.Note, trimmed), cancellationToken);
        if (decided == 0)
        {
            return ApiProblems.Conflict("redemption_already_decided", "This redemption was already fulfilled or cancelled.");
        }

        if (outcome == RedemptionStatus.Cancelled)
        {
            await ledger.LockMemberAsync(redemption.UserId, cancellationToken);
            await ledger.AppendAsync(
                new PointEntry
                {
                    UserId = redemption.UserId,
                    Amount = redemption.Cost,
                    Kind = PointEntryKind.Refunded,
                    SourceEventId = redemption.Id,
                    SourceType = "RedemptionCancelled",
                    SubjectKey = $"redemption:{redemption.Id}",
                    OperatorId = operatorId,
                    OccurredAt = now,
                    LocalDate = DateOnly.FromDateTime(now),
                    Reason = $"Refund: {reward.Name}",
                },
                cancellationToken);
            if (reward.Stock is not null)
            {
                await db.Set<Reward>().Where(r => r.Id == reward.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Stock, r => r.Stock + 1), cancellationToken);
            }

            db.AddIntegrationEvent(new RedemptionCancelled(id, reward.Id, redemption.UserId, reward.Name, redemption.Cost) { OccurredAt = now }, redemption.UserId, timeProvider);
        }
        else
        {
            db.AddIntegrationEvent(new RedemptionFulfilled(id, reward.Id, redemption.UserId, reward.Name) { OccurredAt = now }, redemption.UserId, timeProvider);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var updated = await db.Set<Redemption>().AsNoTracking().FirstAsync(r => r.Id == id, cancellationToken);
        return TypedResults.Ok(RedemptionView.From(updated, reward.Name));
    }
}
