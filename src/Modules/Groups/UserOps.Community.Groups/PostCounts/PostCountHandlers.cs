using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Groups.Domain;

namespace UserOps.Community.Groups.PostCounts;

/// <summary>Keeps the directory's post count from Content's events (the processed-message record makes each count once).</summary>
internal sealed class PostPublishedCounter(CommunityDbContext db) : IIntegrationEventHandler<PostPublished>
{
    public Task HandleAsync(PostPublished integrationEvent, CancellationToken cancellationToken) =>
        db.Set<Group>().Where(g => g.Id == integrationEvent.GroupId)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.PostCount, g => g.PostCount + 1), cancellationToken);
}

internal sealed class PostRemovedCounter(CommunityDbContext db) : IIntegrationEventHandler<PostRemoved>
{
    public Task HandleAsync(PostRemoved integrationEvent, CancellationToken cancellationToken) =>
        db.Set<Group>().Where(g => g.Id == integrationEvent.GroupId && g.PostCount > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.PostCount, g => g.PostCount - 1), cancellationToken);
}
