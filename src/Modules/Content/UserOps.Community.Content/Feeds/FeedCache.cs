using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Caching;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Content.Contracts;

namespace UserOps.Community.Content.Feeds;

/// <summary>
/// First pages of group feeds (pinned, new, hot, top, and the newest posts the home feed merges), without anything
/// viewer-specific. A post, comment or reaction committed on this instance drops its group's pages at once;
/// changes from other instances show when the pages expire (ADR 0043).
/// </summary>
internal sealed class FeedCache(IOptions<ContentOptions> options, TimeProvider timeProvider) : ICommittedEventsObserver, IDisposable
{
    // Pages of at most a first page's rows: ~100,000 rows at a few hundred bytes each, tens of megabytes.
    private readonly GenerationalCache<IReadOnlyList<FeedRow>> _pages = new(options.Value.FeedCacheFor, 5_000, timeProvider);

    /// <summary>First pages of up to this many posts (the default page size) are served from the cache.</summary>
    public const int FirstPageSize = Paging.DefaultLimit;

    public bool Enabled => _pages.Enabled;

    public Task<IReadOnlyList<FeedRow>> GetOrLoadAsync(
        Guid groupId, string page, Func<CancellationToken, Task<IReadOnlyList<FeedRow>>> load, CancellationToken cancellationToken) =>
        _pages.GetOrLoadAsync(groupId, page, load, cancellationToken);

    public bool TryGet(Guid groupId, string page, out IReadOnlyList<FeedRow>? rows, out long generation) =>
        _pages.TryGet(groupId, page, out rows, out generation);

    public void Set(Guid groupId, string page, long generation, IReadOnlyList<FeedRow> rows) => _pages.Set(groupId, page, generation, rows);

    /// <summary>For changes that raise no event of their own (recomputed hot scores).</summary>
    public void Changed(Guid groupId) => _pages.Invalidate(groupId);

    public void OnCommitted(IReadOnlyList<IIntegrationEvent> events)
    {
        foreach (var integrationEvent in events)
        {
            if (GroupOf(integrationEvent) is { } groupId)
            {
                _pages.Invalidate(groupId);
            }
        }
    }

    public void Dispose() => _pages.Dispose();

    private static Guid? GroupOf(IIntegrationEvent integrationEvent) => integrationEvent switch
    {
        PostPublished e => e.GroupId,
        PostEdited e => e.GroupId,
        PostRemoved e => e.GroupId,
        PostModerated e => e.GroupId,
        CommentPosted e => e.GroupId,
        CommentRemoved e => e.GroupId,
        ReactionAdded { TargetKind: ContentKind.Post } e => e.GroupId,
        ReactionRemoved { TargetKind: ContentKind.Post } e => e.GroupId,
        _ => null,
    };
}
