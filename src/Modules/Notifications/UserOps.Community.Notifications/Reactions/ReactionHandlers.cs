using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.Content.Contracts;

namespace UserOps.Community.Notifications.Reactions;

/// <summary>Counts reactions per target; the counting, the live push and the milestone notifications happen at the delivery's end.</summary>
internal sealed class ReactionHandlers(ReactionTally tally) :
    IIntegrationEventHandler<ReactionAdded>,
    IIntegrationEventHandler<ReactionRemoved>
{
    public Task HandleAsync(ReactionAdded e, CancellationToken cancellationToken)
    {
        tally.Add(new ReactionChange(e.TargetKind, e.TargetId, e.PostId, e.GroupId, e.ReactorId, e.ContentAuthorId, e.Reaction, +1, e.OccurredAt));
        return Task.CompletedTask;
    }

    public Task HandleAsync(ReactionRemoved e, CancellationToken cancellationToken)
    {
        tally.Add(new ReactionChange(e.TargetKind, e.TargetId, e.PostId, e.GroupId, e.ReactorId, e.ContentAuthorId, e.Reaction, -1, e.OccurredAt));
        return Task.CompletedTask;
    }
}

/// <summary>One reaction added (+1) or withdrawn (-1), as its event told it.</summary>
internal sealed record ReactionChange(
    ContentKind TargetKind, Guid TargetId, Guid PostId, Guid GroupId, Guid ReactorId, Guid ContentAuthorId, string Reaction, int Delta, DateTime At);
