using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.Content.Contracts;

namespace UserOps.Community.Content.Scores;

/// <summary>
/// Marks a post whose engagement changed; its hot score is recomputed from its current counts at the delivery's end
/// (<see cref="ScoreRefresh"/>). A recomputation is naturally idempotent, and running it from the outbox keeps the
/// write path to one increment.
/// </summary>
internal sealed class ScoreUpdater(ScoreRefresh refresh) :
    IIntegrationEventHandler<ReactionAdded>,
    IIntegrationEventHandler<ReactionRemoved>,
    IIntegrationEventHandler<CommentPosted>,
    IIntegrationEventHandler<CommentRemoved>
{
    public Task HandleAsync(ReactionAdded integrationEvent, CancellationToken cancellationToken) =>
        integrationEvent.TargetKind == ContentKind.Post ? Mark(integrationEvent.PostId, integrationEvent.GroupId) : Task.CompletedTask;

    public Task HandleAsync(ReactionRemoved integrationEvent, CancellationToken cancellationToken) =>
        integrationEvent.TargetKind == ContentKind.Post ? Mark(integrationEvent.PostId, integrationEvent.GroupId) : Task.CompletedTask;

    public Task HandleAsync(CommentPosted integrationEvent, CancellationToken cancellationToken) => Mark(integrationEvent.PostId, integrationEvent.GroupId);

    public Task HandleAsync(CommentRemoved integrationEvent, CancellationToken cancellationToken) => Mark(integrationEvent.PostId, integrationEvent.GroupId);

    private Task Mark(Guid postId, Guid groupId)
    {
        refresh.Add(postId, groupId);
        return Task.CompletedTask;
    }
}
