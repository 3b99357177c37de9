using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using UserOps.Community.BuildingBlocks.Events;

namespace UserOps.Community.BuildingBlocks.Outbox;

/// <summary>
/// Turns events pending on tracked entities into outbox rows inside the same SaveChanges (same transaction),
/// and wakes the dispatcher once they are committed. Only commits that wrote outbox rows wake it: the dispatcher's
/// own claim transactions commit too, and waking on those would keep an idle dispatcher claiming in a loop.
/// </summary>
internal sealed class OutboxWriterInterceptor(TimeProvider timeProvider, OutboxSignal signal, HandlerRegistry registry)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // Contexts that saved outbox rows not yet committed; weak, so a disposed context leaves nothing behind.
    private readonly ConditionalWeakTable<DbContext, object> _uncommitted = [];

    // The rows each context is saving, detached once saved: nothing changes them through that context again,
    // and a delivery's context would otherwise re-scan hundreds of them on every later SaveChanges.
    private readonly ConditionalWeakTable<DbContext, List<OutboxMessage>> _saving = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        WriteOutbox(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        WriteOutbox(eventData.Context);
        return ValueTask.FromResult(result);
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

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Wake(eventData.Context);

    public Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Wake(eventData.Context);
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
        if (context?.Database.CurrentTransaction is null)
        {
            Wake(context);
        }
    }

    private void Wake(DbContext? context)
    {
        if (context is not null && _uncommitted.Remove(context))
        {
            signal.Notify();
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _uncommitted.Remove(context);
        }
    }

    private void WriteOutbox(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var sources = context.ChangeTracker.Entries<IEventSource>()
            .Select(entry => entry.Entity)
            .Where(source => source.PendingEvents.Count > 0)
            .ToList();
        var now = timeProvider.GetUtcNow().UtcDateTime;
        foreach (var source in sources)
        {
            foreach (var integrationEvent in source.PendingEvents)
            {
                context.Add(OutboxMessageFactory.Create(integrationEvent, source.EventStreamId, now));
            }

            source.ClearPendingEvents();
        }

        if (CopyToOtherLanes(context))
        {
            _uncommitted.AddOrUpdate(context, this);
        }
    }

    // Events queued directly (AddIntegrationEvent) arrive here as default-lane rows too, so both paths fan out alike.
    // Returns whether this save writes any outbox row, so the commit knows to wake the dispatcher.
    private bool CopyToOtherLanes(DbContext context)
    {
        var added = context.ChangeTracker.Entries<OutboxMessage>()
            .Where(entry => entry.State == EntityState.Added)
            .Select(entry => entry.Entity)
            .ToList();
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

        _saving.AddOrUpdate(context, added);
        return added.Count > 0;
    }
}
