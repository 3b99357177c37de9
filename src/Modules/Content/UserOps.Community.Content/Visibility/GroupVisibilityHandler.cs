using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Content.Domain;
using UserOps.Community.Content.Feeds;
using UserOps.Community.Groups.Contracts;

namespace UserOps.Community.Content.Visibility;

/// <summary>When a group turns private (or public), its posts leave (or enter) public feeds, tag pages and search.</summary>
internal sealed class GroupVisibilityHandler(CommunityDbContext db, TagFeedCache tags, AfterCommitActions afterCommit) : IIntegrationEventHandler<GroupUpdated>
{
    public async Task HandleAsync(GroupUpdated integrationEvent, CancellationToken cancellationToken)
    {
        var isPublic = integrationEvent.IsPublic;
        await db.Set<Post>().Where(p => p.GroupId == integrationEvent.GroupId && p.IsInPublicGroup != isPublic)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.IsInPublicGroup, isPublic), cancellationToken);
        await db.Set<PostSearchDocument>().Where(d => d.GroupId == integrationEvent.GroupId && d.IsInPublicGroup != isPublic)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.IsInPublicGroup, isPublic), cancellationToken);

        // Cached tag pages hold each post's visibility; they are read again once the new one is committed.
        afterCommit.Add(tags.DropAll);
    }
}
