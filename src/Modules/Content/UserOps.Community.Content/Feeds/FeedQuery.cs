using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Content.Domain;
using UserOps.Community.Content.Posts;

namespace UserOps.Community.Content.Feeds;

internal enum FeedSort
{
    New,
    Hot,
    Top,
}

/// <summary>Keyset pages over posts for every feed: newest by (created_at, id), or by a score with id as tie-break.</summary>
internal static class FeedQuery
{
    public static IQueryable<Post> After(this IQueryable<Post> posts, FeedSort sort, KeysetCursor? cursor)
    {
        if (cursor is not { } position)
        {
            return posts;
        }

        var id = position.Id;
        switch (sort)
        {
            case FeedSort.Hot:
                var hot = position.Score;
                return posts.Below(p => p.HotScore, hot, p => p.Id, id);
            case FeedSort.Top:
                var top = (int)position.Key;
                return posts.Below(p => p.TopScore, top, p => p.Id, id);
            default:
                var at = position.At;
                return posts.Below(p => p.CreatedAt, at, p => p.Id, id);
        }
    }

    public static IOrderedQueryable<Post> Ordered(this IQueryable<Post> posts, FeedSort sort) => sort switch
    {
        FeedSort.Hot => posts.OrderByDescending(p => p.HotScore).ThenByDescending(p => p.Id),
        FeedSort.Top => posts.OrderByDescending(p => p.TopScore).ThenByDescending(p => p.Id),
        _ => posts.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id),
    };

    /// <summary>What a cursor of this sort keeps in its key (<see cref="CursorAfter"/> writes it).</summary>
    public static CursorKey CursorKeyOf(FeedSort sort) => sort switch
    {
        FeedSort.Hot => CursorKey.Score,
        FeedSort.Top => CursorKey.Integer,
        _ => CursorKey.Timestamp,
    };

    public static string CursorAfter(FeedRow last, FeedSort sort) => sort switch
    {
        FeedSort.Hot => KeysetCursor.From(last.HotScore, last.Id).Encode(),
        FeedSort.Top => new KeysetCursor(last.TopScore, last.Id).Encode(),
        _ => KeysetCursor.From(last.CreatedAt, last.Id).Encode(),
    };

    public static async Task<CursorPage<PostSummary>> PageAsync(
        IQueryable<Post> posts, FeedSort sort, KeysetCursor? cursor, int? limit, Viewer viewer, PostViews views, CancellationToken cancellationToken)
    {
        var take = Paging.Clamp(limit);
        var rows = await posts.AsNoTracking().After(sort, cursor).Ordered(sort).Take(take + 1).Select(FeedRow.FromPost).ToListAsync(cancellationToken);
        return await PageOfAsync(rows, take, sort, viewer, views, cancellationToken);
    }

    /// <summary>The first <paramref name="count"/> rows in feed order: what a cached first page holds.</summary>
    public static async Task<IReadOnlyList<FeedRow>> FirstRowsAsync(IQueryable<Post> posts, FeedSort sort, int count, CancellationToken cancellationToken) =>
        await posts.AsNoTracking().Ordered(sort).Take(count).Select(FeedRow.FromPost).ToListAsync(cancellationToken);

    /// <summary>A page from up to take + 1 rows already in order: the extra row only says there is a next page.</summary>
    public static async Task<CursorPage<PostSummary>> PageOfAsync(
        IReadOnlyList<FeedRow> rows, int take, FeedSort sort, Viewer viewer, PostViews views, CancellationToken cancellationToken)
    {
        var page = rows.Take(take).ToList();
        var next = rows.Count > take ? CursorAfter(page[^1], sort) : null;
        return new CursorPage<PostSummary>(await views.SummariesAsync(page, viewer, cancellationToken), next);
    }
}
