using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Content.Domain;

namespace UserOps.Community.Content.Feeds;

/// <summary>
/// A group's pages after a cursor, as compiled queries: building the LINQ tree and hashing it for EF Core's query cache
/// cost more host CPU than running the query (ADR 0053). Same rows and order as <see cref="FeedQuery"/> with
/// <see cref="Keyset.Below{T,TKey}"/>: "key &lt;= k AND (key &lt; k OR id &lt; i)", so the database seeks to the cursor.
/// </summary>
internal static class GroupPageQueries
{
    private static readonly Func<CommunityDbContext, Guid, DateTime, Guid, int, IAsyncEnumerable<FeedRow>> NewAfter =
        EF.CompileAsyncQuery((CommunityDbContext db, Guid groupId, DateTime at, Guid id, int count) =>
            db.Set<Post>().AsNoTracking()
                .Where(p => p.GroupId == groupId && p.RemovedAt == null && !p.IsPinned)
                .Where(p => p.CreatedAt <= at && (p.CreatedAt < at || p.Id.CompareTo(id) < 0))
                .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
                .Take(count)
                .Select(FeedRow.FromPost));

    private static readonly Func<CommunityDbContext, Guid, double, Guid, int, IAsyncEnumerable<FeedRow>> HotAfter =
        EF.CompileAsyncQuery((CommunityDbContext db, Guid groupId, double hot, Guid id, int count) =>
            db.Set<Post>().AsNoTracking()
                .Where(p => p.GroupId == groupId && p.RemovedAt == null && !p.IsPinned)
                .Where(p => p.HotScore <= hot && (p.HotScore < hot || p.Id.CompareTo(id) < 0))
                .OrderByDescending(p => p.HotScore).ThenByDescending(p => p.Id)
                .Take(count)
                .Select(FeedRow.FromPost));

    private static readonly Func<CommunityDbContext, Guid, int, Guid, int, IAsyncEnumerable<FeedRow>> TopAfter =
        EF.CompileAsyncQuery((CommunityDbContext db, Guid groupId, int top, Guid id, int count) =>
            db.Set<Post>().AsNoTracking()
                .Where(p => p.GroupId == groupId && p.RemovedAt == null && !p.IsPinned)
                .Where(p => p.TopScore <= top && (p.TopScore < top || p.Id.CompareTo(id) < 0))
                .OrderByDescending(p => p.TopScore).ThenByDescending(p => p.Id)
                .Take(count)
                .Select(FeedRow.FromPost));

    /// <summary>Up to <paramref name="count"/> live, unpinned posts of the group after <paramref name="cursor"/> in <paramref name="sort"/> order.</summary>
    public static async Task<IReadOnlyList<FeedRow>> AfterAsync(
        CommunityDbContext db, Guid groupId, FeedSort sort, KeysetCursor cursor, int count, CancellationToken cancellationToken)
    {
        var rows = sort switch
        {
            FeedSort.Hot => HotAfter(db, groupId, cursor.Score, cursor.Id, count),
            FeedSort.Top => TopAfter(db, groupId, (int)cursor.Key, cursor.Id, count),
            _ => NewAfter(db, groupId, cursor.At, cursor.Id, count),
        };
        return await rows.ToListAsync(cancellationToken);
    }
}
