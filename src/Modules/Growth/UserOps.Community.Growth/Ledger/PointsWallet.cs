using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Growth.Batching;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Growth.Engine;

namespace UserOps.Community.Growth.Ledger;

/// <summary>Spending for other modules (make-up check-ins, challenge entry) under the same row lock and conditional update as redemptions.</summary>
internal sealed class PointsWallet(CommunityDbContext db, PointsLedger ledger, GrowthSnapshot snapshot, DeliveryBatch batch, TimeProvider timeProvider) : IPointsWallet, IPointsAwardQuery
{
    public async Task<SpendOutcome> SpendAsync(Guid memberId, int amount, string reason, Guid sourceId, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Spend points inside the caller's transaction, so the spend commits with the action it pays for.");
        }

        await ledger.LockMemberAsync(memberId, cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var localDate = await snapshot.LocalDateAsync(memberId, now, cancellationToken);
        var spent = await ledger.TrySpendAsync(
            new PointEntry
            {
                UserId = memberId,
                Amount = -amount,
                Kind = PointEntryKind.Spent,
                SourceEventId = sourceId,
                SourceType = "Engagement",
                SubjectKey = $"spend:{sourceId}",
                OccurredAt = now,
                LocalDate = localDate,
                Reason = reason,
            },
            cancellationToken);
        return spent ? SpendOutcome.Spent : SpendOutcome.InsufficientBalance;
    }

    public async Task<int?> AwardedForAsync(Guid memberId, Guid sourceEventId, CancellationToken cancellationToken)
    {
        if (batch.Deferring)
        {
            await batch.FlushAsync(cancellationToken);
        }

        // Growth records every event it processes as an activity: no activity yet means the pipeline has not run.
        if (!await db.Set<Activity>().AnyAsync(a => a.EventId == sourceEventId, cancellationToken))
        {
            return null;
        }

        return await db.Set<PointEntry>()
            .Where(e => e.UserId == memberId && e.SourceEventId == sourceEventId && e.Kind == PointEntryKind.Earned)
            .SumAsync(e => e.Amount, cancellationToken);
    }
}
