using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Groups.Domain;

namespace UserOps.Community.Groups.PostCounts;

// Counts a group's posts for the directory: a delivery's changes are summed per group and written at its end.
// The class names are the handlers' identities in processed_messages, so they stay.
internal sealed class PostPublishedCounter(PostCountTally tally) : IIntegrationEventHandler<PostPublished>
{
    public Task HandleAsync(PostPublished integrationEvent, CancellationToken cancellationToken)
    {
        tally.Add(integrationEvent.GroupId, +1);
        return Task.CompletedTask;
    }
}

internal sealed class PostRemovedCounter(PostCountTally tally) : IIntegrationEventHandler<PostRemoved>
{
    public Task HandleAsync(PostRemoved integrationEvent, CancellationToken cancellationToken)
    {
        tally.Add(integrationEvent.GroupId, -1);
        return Task.CompletedTask;
    }
}

/// <summary>One keyed SQL increment for every group that gained posts; removals (rare) never take a count below zero.</summary>
internal sealed class PostCountTally(CommunityDbContext db) : IDeliveryCommitStep
{
    private readonly Dictionary<Guid, int> _deltas = [];

    public void Add(Guid groupId, int delta) => _deltas[groupId] = _deltas.GetValueOrDefault(groupId) + delta;

    public async Task BeforeCommitAsync(CancellationToken cancellationToken)
    {
        var deltas = _deltas.Where(d => d.Value != 0).ToList();
        _deltas.Clear();
        await db.SetByKeyAsync<Group, Guid, int>(nameof(Group.Id), nameof(Group.PostCount), deltas.Where(d => d.Value > 0), add: true, cancellationToken);
        foreach (var (groupId, delta) in deltas.Where(d => d.Value < 0))
        {
            await db.Set<Group>().Where(g => g.Id == groupId)
                .ExecuteUpdateAsync(s => s.SetProperty(g => g.PostCount, g => g.PostCount + delta > 0 ? g.PostCount + delta : 0), cancellationToken);
        }
    }
}
