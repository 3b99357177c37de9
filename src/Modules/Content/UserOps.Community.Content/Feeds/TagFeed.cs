using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Content.Domain;
using UserOps.Community.Content.Posts;

namespace UserOps.Community.Content.Feeds;

/// <summary>
/// A tag's posts, newest first, paged on the post_tags index (tag, created_at, post_id) and joined to the posts
/// the viewer may see, so the database walks only that tag's rows instead of the whole post table.
/// </summary>
internal static class TagFeed
{
    public static async Task<CursorPage<PostSummary>> PageAsync(
        CommunityDbContext db, IQueryable<Post> visible, string tag, KeysetCursor? after, int? limit, Viewer viewer, PostViews views, CancellationToken cancellationToken)
    {
        var tags = db.Set<PostTag>().Where(t => t.Tag == tag);
        if (after is { } position)
        {
            var at = position.At;
            tags = tags.Below(t => t.CreatedAt, at, t => t.PostId, position.Id);
        }

        var take = Paging.Clamp(limit);
        var rows = await tags.AsNoTracking()
            .Join(visible, t => t.PostId, p => p.Id, (t, p) => new { t.CreatedAt, t.PostId, Post = p })
            .OrderByDescending(x => x.CreatedAt).ThenByDescending(x => x.PostId)
            .Select(x => x.Post)
            .Take(take + 1)
            .Select(FeedRow.FromPost)
            .ToListAsync(cancellationToken);
        var page = rows.Take(take).ToList();
        var next = rows.Count > take ? FeedQuery.CursorAfter(page[^1], FeedSort.New) : null;
        return new CursorPage<PostSummary>(await views.SummariesAsync(page, viewer, cancellationToken), next);
    }
}
