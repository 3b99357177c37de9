using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Persistence;

namespace UserOps.Community.BuildingBlocks.Outbox;

/// <summary>
/// Turns events pending on tracked entities into outbox rows inside the same SaveChanges (same transaction),
/// and wakes the dispatcher once they are committed. Only commits that wrote outbox rows wake it: the dispatcher's
/// own claim transactions commit too, and waking on those would keep an idle dispatcher claiming in a loop.
/// </summary>
internal sealed class OutboxWriterInterceptor(
    TimeProvider timeProvider, OutboxSignal signal, HandlerRegistry registry, IEnumerable<ICommittedEventsObserver> observers)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ICommittedEventsObserver[] _observers = [.. observers];

    // Contexts that saved outbox rows not yet committed, with their events and the transaction they wait for; weak, so a
    // disposed context leaves nothing behind. A pooled context lives on, so events are heard only when *their* transaction commits.
    private readonly ConditionalWeakTable<DbContext, Uncommitted> _uncommitted = [];

    // The rows each context is saving, detached once saved: nothing changes them through that context again,
    // and a delivery's context would otherwise re-scan hundreds of them on every later SaveChanges.
    private readonly ConditionalWeakTable<DbContext, List<OutboxMessage>> _saving = [];

    // Below this many rows one batched INSERT costs no more than a COPY's extra round trips.
    private const int CopyFrom = 16;
    private const string CopySavepoint = "userops_outbox_copy";

    // Rows a save in progress has already copied, to undo if the rest of that save fails.
    private readonly ConditionalWeakTable<DbContext, List<OutboxMessage>> _copied = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        WriteOutbox(eventData.Context);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var context = eventData.Context;
        var added = WriteOutbox(context);
        if (context is not null && added.Count >= CopyFrom && context.CanCopy())
        {
            // A delivery's hundreds of follow-up events stream in with one COPY instead of one INSERT each (ADR 0047).
            // The savepoint lets a failing save undo the copy, as EF undoes its own inserts.
            await context.Database.CurrentTransaction!.CreateSavepointAsync(CopySavepoint, cancellationToken);
            await context.CopyAsync(context.Model.FindEntityType(typeof(OutboxMessage))!, added, cancellationToken);
            foreach (var message in added)
            {
                context.Entry(message).State = EntityState.Detached;
            }

            _saving.Remove(context);
            _copied.AddOrUpdate(context, added);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => ForgetOwnSave(eventData.Context);

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetOwnSave(eventData.Context);
        if (eventData.Context is not { } context || !_copied.TryGetValue(context, out var copied))
        {
            return;
        }

        // Back to where the failed save started: the rows are gone and the messages tracked as added again, so a retried
        // save writes them once and a caller that gives up commits none of them.
        _copied.Remove(context);
        try
        {
            await context.Database.CurrentTransaction!.RollbackToSavepointAsync(CopySavepoint, cancellationToken);
        }
        catch (Exception) when (context.Database.CurrentTransaction is not null)
        {
            // The connection itself failed: the transaction cannot commit anyway, and the save's own error is the one to see.
            return;
        }

        foreach (var message in copied)
        {
            context.Entry(message).State = EntityState.Added;
        }
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        DetachSaved(eventData.Context);
        WakeIfCommitted(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            _copied.Remove(context);
        }

        DetachSaved(eventData.Context);
        WakeIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void DetachSaved(DbContext? context)
    {
        if (context is null || !_saving.TryGetValue(context, out var saved))
        {
            return;
        }

        _saving.Remove(context);
        foreach (var message in saved)
        {
            context.Entry(message).State = EntityState.Detached;
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Wake(eventData.Context, eventData.TransactionId);

    public Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Wake(eventData.Context, eventData.TransactionId);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void WakeIfCommitted(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Wake(context, committed: null);
        }
    }

    // committed: the transaction that just committed, or null when a save outside any transaction has completed.
    private void Wake(DbContext? context, Guid? committed)
    {
        if (context is null || !_uncommitted.TryGetValue(context, out var pending))
        {
            return;
        }

        _uncommitted.Remove(context);
        if (pending.Transaction is { } waitsFor && waitsFor != committed)
        {
            // Saved in a transaction that ended without a commit anyone heard (disposed unfinished): nothing was written.
            return;
        }

        signal.Notify();
        foreach (var observer in _observers)
        {
            observer.OnCommitted(pending.Events);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _uncommitted.Remove(context);
        }
    }

    // A failed save outside a transaction committed nothing; a retry finds its messages again.
    private void ForgetOwnSave(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Forget(context);
        }
    }

    private List<OutboxMessage> WriteOutbox(DbContext? context)
    {
        if (context is null)
        {
            return [];
        }

        // One scan of the tracker (each Entries() call detects changes over everything tracked) finds both the
        // entities with pending events and the rows queued directly (AddIntegrationEvent).
        var sources = new List<IEventSource>();
        var added = new List<OutboxMessage>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case IEventSource { PendingEvents.Count: > 0 } source:
                    sources.Add(source);
                    break;
                case OutboxMessage message when entry.State == EntityState.Added:
                    added.Add(message);
                    break;
            }
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        foreach (var source in sources)
        {
            foreach (var integrationEvent in source.PendingEvents)
            {
                added.Add((OutboxMessage)context.Add(OutboxMessageFactory.Create(integrationEvent, source.EventStreamId, now)).Entity);
            }

            source.ClearPendingEvents();
        }

        CopyToOtherLanes(context, added);
        _saving.AddOrUpdate(context, added);
        var transaction = context.Database.CurrentTransaction?.TransactionId;
        if (_uncommitted.TryGetValue(context, out var earlier) && earlier.Transaction != transaction)
        {
            // Left by a transaction that ended without commit or rollback (disposed, or a pooled context's last user).
            _uncommitted.Remove(context);
        }

        if (added.Count > 0)
        {
            // Several saves in one transaction commit together, so their events are heard together.
            // A save retried after a failure finds its messages again: each event is heard once.
            var pending = _uncommitted.GetValue(context, _ => new Uncommitted(transaction));
            var heard = pending.Events.ToHashSet(ReferenceEqualityComparer.Instance);
            pending.Events.AddRange(added.Where(m => m.Lane == OutboxLane.Default && m.Event is not null && !heard.Contains(m.Event)).Select(m => m.Event!));
        }

        return added;
    }

    // Events raised on entities and events queued directly both arrive as default-lane rows, so both fan out alike.
    private void CopyToOtherLanes(DbContext context, List<OutboxMessage> added)
    {
        var present = added.Select(m => (m.MessageId, m.Lane)).ToHashSet();
        foreach (var message in added.Where(m => m.Lane == OutboxLane.Default).ToList())
        {
            foreach (var lane in registry.LanesFor(message.Type).Where(l => l != OutboxLane.Default))
            {
                if (present.Add((message.MessageId, lane)))
                {
                    added.Add((OutboxMessage)context.Add(message.CopyTo(lane)).Entity);
                }
            }
        }
    }

    /// <summary>Events saved but not yet committed, and the transaction they were saved in (null: the save's own).</summary>
    private sealed class Uncommitted(Guid? transaction)
    {
        public Guid? Transaction { get; } = transaction;

        public List<IIntegrationEvent> Events { get; } = [];
    }
}
