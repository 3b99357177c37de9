using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Security;
using UserOps.Community.BuildingBlocks.Web;

namespace UserOps.Community.BuildingBlocks.Outbox;

public sealed record OutboxMessageView(
    long Id, Guid MessageId, string Lane, string Type, string Status, int Attempts, DateTime OccurredAt, DateTime NextAttemptAt, DateTime? ProcessedAt, string? LastError);

public sealed record OutboxPage(IReadOnlyList<OutboxMessageView> Items, string? NextCursor);

/// <summary>Lets admins see parked (dead-letter) messages with their error, and send them round again.</summary>
public static class OutboxAdminEndpoints
{
    public static IEndpointRouteBuilder MapOutboxAdmin(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/admin/outbox").WithTags("Admin").RequireAuthorization(CommunityPolicies.Admin);
        group.MapGet("/", ListAsync).WithName("ListOutboxMessages").WithSummary("Outbox messages by status: pending, processed or failed (parked).");
        group.MapPost("/{id:long}/retry", RetryAsync).WithName("RetryOutboxMessage").WithSummary("Re-queue a parked message.");
        return endpoints;
    }

    private static async Task<Results<Ok<OutboxPage>, ProblemHttpResult>> ListAsync(
        CommunityDbContext db, string? status, long? cursor, int? limit, CancellationToken cancellationToken)
    {
        if (ParseStatus(status ?? "failed") is not { } wanted)
        {
            return ApiProblems.BadRequest(ProblemCodes.ValidationFailed, "status must be pending, processed or failed.");
        }

        var take = Math.Clamp(limit ?? 50, 1, 200);
        var query = db.OutboxMessages.AsNoTracking().Where(m => m.Status == wanted);
        if (cursor is { } before)
        {
            query = query.Where(m => m.Id < before);
        }

        var items = await query.OrderByDescending(m => m.Id).Take(take + 1)
            .Select(m => new OutboxMessageView(m.Id, m.MessageId, m.Lane.ToString(), m.Type, m.Status.ToString(), m.Attempts, m.OccurredAt, m.NextAttemptAt, m.ProcessedAt, m.LastError))
            .ToListAsync(cancellationToken);
        var next = items.Count > take ? items[take - 1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return TypedResults.Ok(new OutboxPage([.. items.Take(take)], next));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RetryAsync(
        long id, CommunityDbContext db, TimeProvider timeProvider, OutboxSignal signal, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var updated = await db.OutboxMessages
            .Where(m => m.Id == id && m.Status == OutboxStatus.Parked)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboxStatus.Pending)
                    .SetProperty(m => m.Attempts, 0)
                    .SetProperty(m => m.NextAttemptAt, now),
                cancellationToken);
        if (updated == 0)
        {
            return await db.OutboxMessages.AnyAsync(m => m.Id == id, cancellationToken)
                ? ApiProblems.Conflict("outbox_not_parked", "Only parked messages can be retried.")
                : ApiProblems.NotFound(ProblemCodes.NotFound, "No such outbox message.");
        }

        signal.Notify();
        return TypedResults.NoContent();
    }

    private static OutboxStatus? ParseStatus(string status) => status.ToLowerInvariant() switch
    {
        "pending" => OutboxStatus.Pending,
        "processed" => OutboxStatus.Processed,
        "failed" or "parked" => OutboxStatus.Parked,
        _ => null,
    };
}
