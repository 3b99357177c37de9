using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Caching;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.Content.Contracts;

namespace UserOps.Community.Content.Reactions;

/// <summary>
/// Which reactions a member has put on each post they were shown, so a cached feed page needs no query of its own.
/// The member's own reaction, committed on this instance, drops their entries at once; one made on another instance
/// shows when the entries expire (ADR 0043).
/// </summary>
internal sealed class MyReactionCache(IOptions<ContentOptions> options, TimeProvider timeProvider) : ICommittedEventsObserver, IDisposable
{
    private static readonly IReadOnlyList<string> None = [];
    private readonly GenerationalCache<IReadOnlyList<string>> _reactions = new(options.Value.FeedCacheFor, 500_000, timeProvider);

    public async Task<Dictionary<Guid, IReadOnlyList<string>>> GetAsync(
        Guid userId, IReadOnlyList<Guid> postIds, Func<IReadOnlyList<Guid>, Task<Dictionary<Guid, IReadOnlyList<string>>>> load)
    {
        var mine = new Dictionary<Guid, IReadOnlyList<string>>();
        var missing = new Dictionary<Guid, long>();
        foreach (var postId in postIds)
        {
            if (_reactions.TryGet(userId, postId, out var kinds, out var generation))
            {
                if (kinds!.Count > 0)
                {
                    mine[postId] = kinds;
                }
            }
            else
            {
                missing[postId] = generation;
            }
        }

        if (missing.Count > 0)
        {
            var loaded = await load([.. missing.Keys]);
            foreach (var (postId, generation) in missing)
            {
                var kinds = loaded.GetValueOrDefault(postId) ?? None;
                _reactions.Set(userId, postId, generation, kinds);
                if (kinds.Count > 0)
                {
                    mine[postId] = kinds;
                }
            }
        }

        return mine;
    }

    public void OnCommitted(IReadOnlyList<IIntegrationEvent> events)
    {
        foreach (var integrationEvent in events)
        {
            if (ReactorOf(integrationEvent) is { } userId)
            {
                _reactions.Invalidate(userId);
            }
        }
    }

    private static Guid? ReactorOf(IIntegrationEvent integrationEvent) => integrationEvent switch
    {
        ReactionAdded e => e.ReactorId,
        ReactionRemoved e => e.ReactorId,
        _ => null,
    };

    public void Dispose() => _reactions.Dispose();
}
