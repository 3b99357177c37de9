using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Persistence;

namespace UserOps.Community.BuildingBlocks.Outbox;

/// <summary>
/// Claims a batch of pending messages with a lease and delivers them to their handlers.
/// The whole batch runs in one transaction; if anything in it fails, the batch is rolled back and
/// replayed one message and one handler at a time, so a poison message cannot hold back the rest.
/// </summary>
internal sealed class OutboxProcessor(
    IServiceScopeFactory scopeFactory,
    HandlerRegistry registry,
    TimeProvider timeProvider,
    IOptions<OutboxOptions> options,
    OutboxSignal signal,
    OutboxMetrics metrics,
    IEnumerable<IOutboxAcknowledgeObserver> observers,
    ILogger<OutboxProcessor> logger)
{
    private readonly OutboxOptions _options = options.Value;
    private readonly IOutboxAcknowledgeObserver[] _observers = [.. observers];

    public async Task<int> ProcessBatchAsync(OutboxLane lane, CancellationToken cancellationToken)
    {
        var claim = await ClaimAsync(lane, cancellationToken);
        if (claim.Messages.Count == 0)
        {
            return 0;
        }

        using var activity = OutboxMetrics.ActivitySource.StartActivity("outbox.batch");
        activity?.SetTag("outbox.batch.size", claim.Messages.Count);
        activity?.SetTag("outbox.lane", lane.ToString());
        try
        {
            await DeliverTogetherAsync(claim, cancellationToken);
        }
        catch (LeaseLostException)
        {
            // Another worker took over after the lease ran out and delivers the messages; this batch was rolled back.
            logger.LogWarning("Outbox batch of {Count} outlived its lease and was rolled back; releasing it", claim.Messages.Count);
            await ReleaseAsync(claim.Owner, claim.Messages, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Outbox batch of {Count} failed; delivering one by one", claim.Messages.Count);
            await DeliverOneByOneAsync(claim, cancellationToken);
        }

        signal.NotifyBatchDone();
        return claim.Messages.Count;
    }

    /// <summary>True while a message is leased by a worker or could be claimed without waiting for a retry delay.</summary>
    public async Task<bool> HasWorkInFlightAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var now = Now();
        // One statement, so one snapshot: as two checks (leased? then deliverable?), a claim landing between them hid a
        // message from both and a drain returned while it was being delivered. A due message queued behind a leased or
        // backing-off one of its aggregate in its lane is not deliverable, so it does not count.
        var blocking = Blocking(db.OutboxMessages, now);
        return await db.OutboxMessages.AnyAsync(
            m => m.Status == OutboxStatus.Pending
                && (m.LeaseExpiresAt >= now
                    || (m.NextAttemptAt <= now && !blocking.Any(b => b.Lane == m.Lane && b.AggregateId == m.AggregateId))),
            cancellationToken);
    }

    public async Task RefreshBacklogAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        metrics.Backlog(await db.OutboxMessages.LongCountAsync(m => m.Status == OutboxStatus.Pending, cancellationToken));
    }

    private async Task<Claim> ClaimAsync(OutboxLane lane, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();

        // A lane's claims are serialised across instances (a transaction-scoped lock; SQLite's single writer does the
        // same), so each claimer sees every earlier lease committed and cannot overtake an aggregate's earlier message.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ClaimLock.AcquireAsync(db, lane, cancellationToken);
        var now = Now();

        var deliverable = await DeliverableAsync(db, now, lane, cancellationToken);
        if (deliverable.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return Claim.Empty;
        }

        // The lease conditions are repeated in the UPDATE so the database re-checks them under its row lock: a message
        // acknowledged meanwhile by a worker whose lease had run out is not taken. The id range keeps the statement a
        // bounded range scan even when statistics believe almost nothing is pending.
        var owner = Guid.NewGuid().ToString("N");
        var leaseExpiresAt = now + _options.LeaseDuration;
        var ids = deliverable.Select(m => m.Id).ToList();
        var (first, last) = (ids[0], ids[^1]);
        var leased = await Pending(db.OutboxMessages, lane)
            .Where(m => m.Id >= first && m.Id <= last && ids.Contains(m.Id) && (m.LeaseExpiresAt == null || m.LeaseExpiresAt < now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.LeaseOwner, owner).SetProperty(m => m.LeaseExpiresAt, leaseExpiresAt),
                cancellationToken);
        var messages = leased == deliverable.Count
            ? deliverable
            : await db.OutboxMessages.AsNoTracking()
                .Where(m => m.Id >= first && m.Id <= last && ids.Contains(m.Id) && m.LeaseOwner == owner)
                .OrderBy(m => m.Id)
                .ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // Failed, retried by an operator (LastError stays) or leased before: some of its handlers may have committed.
        var triedBefore = messages.Where(m => m.Attempts > 0 || m.LastError != null || m.LeaseExpiresAt != null);
        return new Claim(owner, messages, [.. triedBefore.Select(m => m.MessageId)]);
    }

    // The lane as a constant, not a parameter, so SQLite and SQL Server can match the lane's filtered pending index.
    private static IQueryable<OutboxMessage> Pending(IQueryable<OutboxMessage> messages, OutboxLane lane) => lane switch
    {
        OutboxLane.Default => messages.Where(m => m.Lane == OutboxLane.Default && m.Status == OutboxStatus.Pending),
        OutboxLane.Realtime => messages.Where(m => m.Lane == OutboxLane.Realtime && m.Status == OutboxStatus.Pending),
        _ => throw new ArgumentOutOfRangeException(nameof(lane), lane, "No pending index for this lane."),
    };

    // Pending messages that hold back later messages of their aggregate in their lane: backing off or leased.
    private static IQueryable<OutboxMessage> Blocking(IQueryable<OutboxMessage> messages, DateTime now) =>
        messages.Where(m => m.Status == OutboxStatus.Pending && (m.NextAttemptAt > now || m.LeaseExpiresAt >= now));

    // The first due, unleased messages of the lane whose aggregate has no message leased or backing off, read as windows
    // of the lane's pending messages in id order: one range scan of the lane's pending index, whatever the statistics
    // say. (A whole-lane query for blocked aggregates visited every pending row per claim, so claims slowed as the backlog
    // grew.) A window holding nothing deliverable, such as one aggregate backing off with a batch of messages waiting,
    // moves on to the next, so it starves nothing behind it. A blocking message further on than the messages it holds
    // back exists only after an operator retries a parked message whose later messages went ahead; that order is lost.
    private async Task<List<OutboxMessage>> DeliverableAsync(CommunityDbContext db, DateTime now, OutboxLane lane, CancellationToken cancellationToken)
    {
        var blocked = new HashSet<Guid>();
        var after = long.MinValue;
        while (true)
        {
            var window = await Pending(db.OutboxMessages.AsNoTracking(), lane)
                .Where(m => m.Id > after)
                .OrderBy(m => m.Id)
                .Take(_options.BatchSize)
                .ToListAsync(cancellationToken);
            blocked.UnionWith(window.Where(m => m.NextAttemptAt > now || m.LeaseExpiresAt >= now).Select(m => m.AggregateId));
            var deliverable = window.Where(m => !blocked.Contains(m.AggregateId)).ToList();
            if (deliverable.Count > 0 || window.Count < _options.BatchSize)
            {
                return deliverable;
            }

            after = window[^1].Id;
        }
    }

    private async Task DeliverTogetherAsync(Claim claim, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Only the one-by-one replay records handlers in processed_messages (ADR 0045), so only a message tried before
        // can have handlers done already.
        var alreadyDone = claim.TriedBefore.Count == 0
            ? []
            : (await db.ProcessedMessages
                    .Where(p => claim.TriedBefore.Contains(p.MessageId))
                    .Select(p => new { p.MessageId, p.Handler })
                    .ToListAsync(cancellationToken))
                .Select(p => (p.MessageId, p.Handler))
                .ToHashSet();

        foreach (var message in claim.Messages)
        {
            if (!registry.TryGetRoute(message.Type, message.Lane, out var route))
            {
                continue;
            }

            var integrationEvent = IntegrationEventSerializer.Deserialize(message.Payload, route.EventType);
            foreach (var handler in route.Handlers.Where(h => !alreadyDone.Contains((message.MessageId, h.Name))))
            {
                await handler.InvokeAsync(scope.ServiceProvider, integrationEvent, cancellationToken);
            }
        }

        await RunCommitStepsAsync(scope.ServiceProvider, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // The acknowledgement commits with the effects, so it is the record that the batch happened: if any lease was
        // lost meanwhile, the whole batch rolls back and the worker that holds the lease now delivers it once.
        if (await AcknowledgeAsync(db, claim.Owner, claim.Messages, cancellationToken) != claim.Messages.Count)
        {
            throw new LeaseLostException();
        }

        await transaction.CommitAsync(cancellationToken);
        scope.ServiceProvider.GetService<AfterCommitActions>()?.Run();
        RecordDispatched(claim.Messages);
    }

    private async Task DeliverOneByOneAsync(Claim claim, CancellationToken cancellationToken)
    {
        var failedAggregates = new HashSet<Guid>();
        foreach (var message in claim.Messages)
        {
            // Keep per-aggregate order: after a failure, later messages of that aggregate wait for it.
            if (failedAggregates.Contains(message.AggregateId))
            {
                await ReleaseAsync(claim.Owner, [message], cancellationToken);
                continue;
            }

            try
            {
                await DeliverAloneAsync(claim.Owner, message, cancellationToken);
                RecordDispatched([message]);
            }
            catch (LeaseLostException)
            {
                // The worker that took the expired lease delivers it; the handlers done here are in processed_messages.
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                failedAggregates.Add(message.AggregateId);
                await RecordFailureAsync(claim.Owner, message, exception, cancellationToken);
            }
        }
    }

    private async Task DeliverAloneAsync(string owner, OutboxMessage message, CancellationToken cancellationToken)
    {
        if (registry.TryGetRoute(message.Type, message.Lane, out var route))
        {
            var integrationEvent = IntegrationEventSerializer.Deserialize(message.Payload, route.EventType);
            foreach (var handler in route.Handlers)
            {
                await DeliverToHandlerAsync(owner, handler, message, integrationEvent, cancellationToken);
            }
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        await AcknowledgeAsync(db, owner, [message], cancellationToken);
    }

    private async Task DeliverToHandlerAsync(
        string owner, HandlerRegistration handler, OutboxMessage message, IIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Holds the message's row for this transaction, and only while the lease is still ours: a worker that took over
        // an expired lease must not see this handler's effect half-way, nor deliver it a second time.
        var stillOurs = await db.OutboxMessages
            .Where(m => m.Id == message.Id && m.LeaseOwner == owner && m.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, owner), cancellationToken);
        if (stillOurs == 0)
        {
            throw new LeaseLostException();
        }

        if (await db.ProcessedMessages.AnyAsync(p => p.MessageId == message.MessageId && p.Handler == handler.Name, cancellationToken))
        {
            return;
        }

        await handler.InvokeAsync(scope.ServiceProvider, integrationEvent, cancellationToken);
        db.ProcessedMessages.Add(new ProcessedMessage { Handler = handler.Name, MessageId = message.MessageId, ProcessedAt = Now() });
        await RunCommitStepsAsync(scope.ServiceProvider, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        scope.ServiceProvider.GetService<AfterCommitActions>()?.Run();
    }

    // Modules write what their handlers accumulated (set-based flushes) inside the delivery's transaction.
    private static async Task RunCommitStepsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        foreach (var step in services.GetServices<IDeliveryCommitStep>())
        {
            await step.BeforeCommitAsync(cancellationToken);
        }
    }

    private async Task<int> AcknowledgeAsync(
        CommunityDbContext db, string owner, IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var messageIds = messages.Select(m => m.MessageId).ToList();
        foreach (var observer in _observers)
        {
            await observer.BeforeAcknowledgeAsync(messageIds, cancellationToken);
        }

        var ids = messages.Select(m => m.Id).ToList();
        var now = Now();
        return await db.OutboxMessages
            .Where(m => ids.Contains(m.Id) && m.LeaseOwner == owner)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboxStatus.Processed)
                    .SetProperty(m => m.ProcessedAt, now)
                    .SetProperty(m => m.LeaseOwner, (string?)null)
                    .SetProperty(m => m.LeaseExpiresAt, (DateTime?)null),
                cancellationToken);
    }

    private async Task ReleaseAsync(string owner, IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var ids = messages.Select(m => m.Id).ToList();
        await db.OutboxMessages
            .Where(m => ids.Contains(m.Id) && m.LeaseOwner == owner)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseExpiresAt, (DateTime?)null),
                cancellationToken);
    }

    private async Task RecordFailureAsync(string owner, OutboxMessage message, Exception exception, CancellationToken cancellationToken)
    {
        metrics.Failed();
        var attempts = message.Attempts + 1;
        var parked = attempts >= _options.MaxAttempts;
        var status = parked ? OutboxStatus.Parked : OutboxStatus.Pending;
        var nextAttemptAt = Now() + _options.DelayForAttempt(attempts);
        var error = Truncate($"{exception.GetType().Name}: {exception.Message}\n{exception.StackTrace}", 4000);
        if (parked)
        {
            metrics.Parked();
            logger.LogError(exception, "Outbox message {MessageId} ({Type}) parked after {Attempts} attempts", message.MessageId, message.Type, attempts);
        }
        else
        {
            logger.LogWarning(exception, "Outbox message {MessageId} ({Type}) failed, attempt {Attempts}", message.MessageId, message.Type, attempts);
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        await db.OutboxMessages
            .Where(m => m.Id == message.Id && m.LeaseOwner == owner)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.Status, status)
                    .SetProperty(m => m.NextAttemptAt, nextAttemptAt)
                    .SetProperty(m => m.LastError, error)
                    .SetProperty(m => m.LeaseOwner, (string?)null)
                    .SetProperty(m => m.LeaseExpiresAt, (DateTime?)null),
                cancellationToken);
    }

    private void RecordDispatched(IEnumerable<OutboxMessage> messages)
    {
        var now = Now();
        foreach (var message in messages)
        {
            metrics.Dispatched(now - message.CreatedAt);
        }
    }

    private DateTime Now() => timeProvider.GetUtcNow().UtcDateTime;

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    private sealed class LeaseLostException() : Exception("The outbox lease ran out and another worker took the message.");

    private sealed record Claim(string Owner, IReadOnlyList<OutboxMessage> Messages, List<Guid> TriedBefore)
    {
        public static readonly Claim Empty = new(string.Empty, [], []);
    }
}
