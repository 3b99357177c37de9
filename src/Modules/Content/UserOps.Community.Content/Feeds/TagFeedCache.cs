using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Caching;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.Content.Contracts;

namespace UserOps.Community.Content.Feeds;

/// <summary>
/// Each tag's newest live posts from every group, private ones included, each row knowing whether its group is public:
/// one list serves every viewer once filtered by what they may see (ADR 0049). A post committed on this instance drops
/// the pages of the tags it names; any other change to a post drops the pages of the tags that post carries, looked up
/// among the posts the cached pages hold. Changes from other instances show when the pages expire, as in ADR 0043.
/// </summary>
internal sealed class TagFeedCache(IOptions<ContentOptions> options, TimeProvider timeProvider) : ICommittedEventsObserver, IDisposable
{
    private const string TagsOfPost = "tags";

    // Pages of at most a first page's rows: ~100,000 rows, tens of megabytes.
    private readonly GenerationalCache<IReadOnlyList<FeedRow>> _pages = new(options.Value.FeedCacheFor, 5_000, timeProvider);

    // The tags of every post a cached page holds, so an event naming only the post finds the pages to drop; kept twice
    // as long as the pages, so a page never outlives the map that leads to it.
    private readonly GenerationalCache<IReadOnlyList<string>> _tagsOf = new(options.Value.FeedCacheFor * 2, 500_000, timeProvider);

    // Bumped when a change cannot be traced to its tags: pages cached under an older epoch are never served again.
    private long _epoch;

    // Pages being read from the database: a change to a post not yet mapped may be in one of them.
    private int _loading;

    public int Depth { get; } = Math.Max(FeedCache.FirstPageSize + 1, options.Value.TagCacheDepth);

    public bool Enabled => _pages.Enabled;

    public async Task<IReadOnlyList<FeedRow>> NewestAsync(
        string tag, Func<int, CancellationToken, Task<IReadOnlyList<FeedRow>>> load, CancellationToken cancellationToken)
    {
        var owner = OwnerOf(tag);
        var part = string.Create(CultureInfo.InvariantCulture, $"newest@{Volatile.Read(ref _epoch)}");
        if (_pages.TryGet(owner, part, out var cached, out var generation))
        {
            return cached!;
        }

        Interlocked.Increment(ref _loading);
        try
        {
            var rows = await load(Depth, cancellationToken);
            foreach (var row in rows)
            {
                _tagsOf.TryGet(row.Id, TagsOfPost, out _, out var mapped);
                _tagsOf.Set(row.Id, TagsOfPost, mapped, row.Tags);
            }

            _pages.Set(owner, part, generation, rows);
            return rows;
        }
        finally
        {
            // Only now: until the rows are mapped, a change to one of them can only be caught by the epoch.
            Interlocked.Decrement(ref _loading);
        }
    }

    /// <summary>Drops every tag's page: for changes that raise no event of their own here (a group's visibility).</summary>
    public void DropAll() => Interlocked.Increment(ref _epoch);

    public void OnCommitted(IReadOnlyList<IIntegrationEvent> events)
    {
        foreach (var integrationEvent in events)
        {
            switch (integrationEvent)
            {
                case PostPublished published:
                    foreach (var tag in published.Tags)
                    {
                        _pages.Invalidate(OwnerOf(tag));
                    }

                    break;
                case PostEdited:
                    DropAll(); // an edit may change the tags: the new ones are known nowhere here, and edits are rare
                    break;
                default:
                    if (PostOf(integrationEvent) is { } postId)
                    {
                        Changed(postId);
                    }

                    break;
            }
        }
    }

    public void Dispose()
    {
        _pages.Dispose();
        _tagsOf.Dispose();
    }

    private void Changed(Guid postId)
    {
        if (_tagsOf.TryGet(postId, TagsOfPost, out var tags, out _))
        {
            foreach (var tag in tags!)
            {
                _pages.Invalidate(OwnerOf(tag));
            }
        }
        else if (Volatile.Read(ref _loading) > 0)
        {
            DropAll();
        }
    }

    // Events that change what a feed row shows of an existing post.
    private static Guid? PostOf(IIntegrationEvent integrationEvent) => integrationEvent switch
    {
        PostRemoved e => e.PostId,
        PostModerated e => e.PostId,
        CommentPosted e => e.PostId,
        CommentRemoved e => e.PostId,
        ReactionAdded { TargetKind: ContentKind.Post } e => e.PostId,
        ReactionRemoved { TargetKind: ContentKind.Post } e => e.PostId,
        _ => null,
    };

    // The generational cache keys its owners by Guid: a tag maps to the first 16 bytes of its SHA-256.
    private static Guid OwnerOf(string tag) => new(SHA256.HashData(Encoding.UTF8.GetBytes(tag)).AsSpan(0, 16));
}
