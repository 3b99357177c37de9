using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Content.Domain;
using UserOps.Community.Content.Posts;

namespace UserOps.Community.Content.Feeds;

/// <summary>
/// A tag's posts, newest first, paged on the post_tags index (tag, created_at, post_id) and joined to the posts
/// the viewer may see, so the database walks only that tag's rows instead of the whole post table. First pages are
/// filtered from the tag's cached newest posts when the cache holds enough that the viewer may see (ADR 0049).
/// </summary>
internal static class TagFeed
{
    public static async Task<CursorPage<PostSummary>> PageAsync(
        CommunityDbContext db, IQueryable<Post> visible, string tag, KeysetCursor? after, int? limit, Viewer viewer, PostViews views, CancellationToken cancellationToken)
    {
        var take = Paging.Clamp(limit);
        var rows = await RowsAsync(db, visible, tag, after, take + 1, cancellationToken);
        return await FeedQuery.PageOfAsync(rows, take, FeedSort.New, viewer, views, cancellationToken);
    }

    /// <summary>The first page from the tag's cached newest posts, or null when they hold too few the viewer may see.</summary>
    public static async Task<CursorPage<PostSummary>?> CachedFirstPageAsync(
        CommunityDbContext db, TagFeedCache cache, string tag, Func<FeedRow, bool> mayView, int? limit, Viewer viewer, PostViews views, CancellationToken cancellationToken)
    {
        var take = Paging.Clamp(limit);
        if (!cache.Enabled || take > FeedCache.FirstPageSize)
        {
            return null;
        }

        var newest = await cache.NewestAsync(tag, (count, ct) => RowsAsync(db, db.Set<Post>().Where(p => p.RemovedAt == null), tag, null, count, ct), cancellationToken);
        var rows = newest.Where(mayView).Take(take + 1).ToList();

        // Fewer rows than the cache holds means they are all the tag has; otherwise the viewer may see more further down.
        return rows.Count > take || newest.Count < cache.Depth
            ? await FeedQuery.PageOfAsync(rows, take, FeedSort.New, viewer, views, cancellationToken)
            : null;
    }

    private static async Task<IReadOnlyList<FeedRow>> RowsAsync(
        CommunityDbContext db, IQueryable<Post> posts, string tag, KeysetCursor? after, int count, CancellationToken cancellationToken)
    {
        var tags = db.Set<PostTag>().Where(t => t.Tag == tag);
        if (after is { } position)
        {
            var at = position.At;
            tags = tags.Below(t => t.CreatedAt, at, t => t.PostId, position.Id);
        }

        return await tags.AsNoTracking()
            .Join(posts, t => t.PostId, p => p.Id, (t, p) => new { t.CreatedAt, t.PostId, Post = p })
            .OrderByDescending(x => x.CreatedAt).ThenByDescending(x => x.PostId)
            .Select(x => x.Post)
            .Take(count)
            .Select(FeedRow.FromPost)
            .ToListAsync(cancellationToken);
    }
}
