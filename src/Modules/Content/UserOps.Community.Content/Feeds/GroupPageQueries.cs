using Microsoft.EntityFrameworkCore;
using Npgsql;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Content.Domain;

namespace UserOps.Community.Content.Feeds;

/// <summary>
/// A group's pages after a cursor. On PostgreSQL, SQL read with Npgsql through its generic plan (ADR 0056): EF Core's
/// pipeline cost more host CPU than the query. Elsewhere, compiled queries: building the LINQ tree and hashing it for
/// EF Core's query cache cost more still (ADR 0053). Same rows and order as <see cref="FeedQuery"/> with
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

    private static readonly string NewAfterSql = AfterSql("created_at");
    private static readonly string HotAfterSql = AfterSql("hot_score");
    private static readonly string TopAfterSql = AfterSql("top_score");

    /// <summary>Up to <paramref name="count"/> live, unpinned posts of the group after <paramref name="cursor"/> in <paramref name="sort"/> order.</summary>
    public static async Task<IReadOnlyList<FeedRow>> AfterAsync(
        CommunityDbContext db, Guid groupId, FeedSort sort, KeysetCursor cursor, int count, CancellationToken cancellationToken)
    {
        if (GenericPlanQuery.Supported(db))
        {
            var (sql, key) = sort switch
            {
                FeedSort.Hot => (HotAfterSql, (NpgsqlParameter)new NpgsqlParameter<double> { TypedValue = cursor.Score }),
                FeedSort.Top => (TopAfterSql, new NpgsqlParameter<int> { TypedValue = (int)cursor.Key }),
                _ => (NewAfterSql, new NpgsqlParameter<DateTime> { TypedValue = cursor.At }),
            };
            NpgsqlParameter[] parameters =
            [
                new NpgsqlParameter<Guid> { TypedValue = groupId }, key, new NpgsqlParameter<Guid> { TypedValue = cursor.Id }, new NpgsqlParameter<int> { TypedValue = count },
            ];
            return await GenericPlanQuery.ReadAsync(db, sql, parameters, FeedColumns.Read, cancellationToken);
        }

        var rows = sort switch
        {
            FeedSort.Hot => HotAfter(db, groupId, cursor.Score, cursor.Id, count),
            FeedSort.Top => TopAfter(db, groupId, (int)cursor.Key, cursor.Id, count),
            _ => NewAfter(db, groupId, cursor.At, cursor.Id, count),
        };
        return await rows.ToListAsync(cancellationToken);
    }

    // $1 the group, $2 the cursor's key, $3 its id, $4 the row count.
    private static string AfterSql(string key) => $"""
        SELECT {FeedColumns.Sql}
        FROM content.posts AS p
        WHERE p.group_id = $1 AND p.removed_at IS NULL AND NOT p.is_pinned AND p.{key} <= $2 AND (p.{key} < $2 OR p.id < $3)
        ORDER BY p.{key} DESC, p.id DESC
        LIMIT $4
        """;
}
