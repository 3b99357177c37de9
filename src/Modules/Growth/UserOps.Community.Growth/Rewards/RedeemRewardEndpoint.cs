using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Time;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Growth.Ledger;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Growth.Rewards;

/// <summary>
/// Spends points on a reward. The member's row lock serialises their redemptions; the balance and the stock
/// change only through conditional SQL updates, so neither goes below zero however many requests race.
/// </summary>
internal static class RedeemRewardEndpoint
{
    public static void MapRedeemReward(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/rewards/{id:guid}/redeem", HandleAsync)
            .RequireAuthorization()
            .WithTags("Rewards")
            .WithName("RedeemReward")
            .WithSummary("Redeem a reward. Send an Idempotency-Key header: repeating a key returns the first result.");

    private static async Task<Results<Created<RedemptionView>, Ok<RedemptionView>, ProblemHttpResult>> HandleAsync(
        Guid id, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ClaimsPrincipal principal, CommunityDbContext db,
        PointsLedger ledger, IUserDirectory users, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 100)
        {
            return ApiProblems.BadRequest("idempotency_key_required", "Send an Idempotency-Key header (1 to 100 characters) with every redemption.");
        }

        var userId = principal.GetUserId();
        var now = timeProvider.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ledger.LockMemberAsync(userId, cancellationToken);

        var earlier = await db.Set<Redemption>().AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId && r.IdempotencyKey == idempotencyKey, cancellationToken);
        var reward = await db.Set<Reward>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (earlier is not null)
        {
            return earlier.RewardId == id
                ? TypedResults.Ok(RedemptionView.From(earlier, reward?.Name ?? string.Empty))
                : ApiProblems.Conflict("idempotency_key_reused", "This Idempotency-Key was already used for another reward.");
        }

        if (reward is null || !reward.IsAvailableAt(now))
        {
            return ApiProblems.NotFound("reward_not_found", "No such reward is available.");
        }

        if (await RefusalAsync(db, reward, userId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (reward.Stock is not null && await db.Set<Reward>().Where(r => r.Id == id && r.Stock > 0)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Stock, r => r.Stock - 1), cancellationToken) == 0)
        {
            return ApiProblems.Conflict("out_of_stock", "This reward is out of stock.");
        }

        var member = await users.FindAsync(userId, cancellationToken);
        var redemption = new Redemption { RewardId = id, UserId = userId, Cost = reward.Cost, IdempotencyKey = idempotencyKey, CreatedAt = now };
        var spent = await ledger.TrySpendAsync(
            new PointEntry
            {
                UserId = userId,
                Amount = -reward.Cost,
                Kind = PointEntryKind.Spent,
                SourceEventId = redemption.Id,
                SourceType = "RewardRedeemed",
                SubjectKey = $"redemption:{redemption.Id}",
                OccurredAt = now,
                LocalDate = LocalCalendar.LocalDate(new DateTimeOffset(now, TimeSpan.Zero), member?.TimeZone),
                Reason = $"Redeemed: {reward.Name}",
            },
            cancellationToken);
        if (!spent)
        {
            return ApiProblems.Conflict("insufficient_balance", $"This reward costs {reward.Cost} points; your balance is lower.");
        }

        db.Add(redemption);
        db.AddIntegrationEvent(new RewardRedeemed(redemption.Id, id, userId, reward.Name, reward.Cost) { OccurredAt = now }, userId, timeProvider);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/me/redemptions/{redemption.Id}", RedemptionView.From(redemption, reward.Name));
    }

    private static async Task<ProblemHttpResult?> RefusalAsync(CommunityDbContext db, Reward reward, Guid userId, CancellationToken cancellationToken)
    {
        if (reward.MinimumLevel is { } minimum)
        {
            var level = await db.Set<MemberPoints>().Where(m => m.UserId == userId).Select(m => m.Level).FirstOrDefaultAsync(cancellationToken);
            if (level < minimum)
            {
                return ApiProblems.Problem(StatusCodes.Status403Forbidden, "level_required", $"This reward needs level {minimum}.",
                    new Dictionary<string, object?> { ["requiredLevel"] = minimum });
            }
        }

        if (reward.PerMemberLimit is { } limit
            && await db.Set<Redemption>().CountAsync(r => r.UserId == userId && r.RewardId == reward.Id && r.Status != RedemptionStatus.Cancelled, cancellationToken) >= limit)
        {
            return ApiProblems.Conflict("redemption_limit_reached", $"You can redeem this reward at most {limit} time(s).");
        }

        return null;
    }
}
