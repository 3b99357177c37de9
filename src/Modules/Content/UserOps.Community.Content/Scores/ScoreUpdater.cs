using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Content.Domain;
using UserOps.Community.Content.Feeds;

namespace UserOps.Community.Content.Scores;

/// <summary>
/// Recomputes a post's hot score from its current counts after engagement changes. A recomputation is
/// naturally idempotent, and running it from the outbox keeps the write path to one increment.
/// </summary>
internal sealed class ScoreUpdater(CommunityDbContext db, FeedCache feeds, AfterCommitActions afterCommit) :
    IIntegrationEventHandler<ReactionAdded>,
    IIntegrationEventHandler<ReactionRemoved>,
    IIntegrationEventHandler<CommentPosted>,
    IIntegrationEventHandler<CommentRemoved>
{
    public Task HandleAsync(ReactionAdded integrationEvent, CancellationToken cancellationToken) =>
        integrationEvent.TargetKind == ContentKind.Post ? RecomputeAsync(integrationEvent.PostId, integrationEvent.GroupId, cancellationToken) : Task.CompletedTask;

    public Task HandleAsync(ReactionRemoved integrationEvent, CancellationToken cancellationToken) =>
        integrationEvent.TargetKind == ContentKind.Post ? RecomputeAsync(integrationEvent.PostId, integrationEvent.GroupId, cancellationToken) : Task.CompletedTask;

    public Task HandleAsync(CommentPosted integrationEvent, CancellationToken cancellationToken) => RecomputeAsync(integrationEvent.PostId, integrationEvent.GroupId, cancellationToken);

    public Task HandleAsync(CommentRemoved integrationEvent, CancellationToken cancellationToken) => RecomputeAsync(integrationEvent.PostId, integrationEvent.GroupId, cancellationToken);

    private async Task RecomputeAsync(Guid postId, Guid groupId, CancellationToken cancellationToken)
    {
        var counts = await db.Set<Post>().AsNoTracking().Where(p => p.Id == postId)
            .Select(p => new { p.CreatedAt, p.Reactions, p.CommentCount })
            .FirstOrDefaultAsync(cancellationToken);
        if (counts is null)
        {
            return;
        }

        var hot = HotScore.For(counts.CreatedAt, counts.Reactions.Total, counts.CommentCount);
        await db.Set<Post>().Where(p => p.Id == postId).ExecuteUpdateAsync(s => s.SetProperty(p => p.HotScore, hot), cancellationToken);
        afterCommit.Add(() => feeds.Changed(groupId));
    }
}
