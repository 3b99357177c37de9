using System.Collections.Concurrent;
using System.Data.Common;
using Npgsql;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Content.Domain;

namespace UserOps.Community.Content.Feeds;

/// <summary>
/// The home feed's pages after a cursor on PostgreSQL (ADR 0054): one UNION ALL branch per group, each a top-N seek of
/// (group_id, created_at, id) past the cursor, which PostgreSQL merges lazily (Merge Append), stopping at the page's
/// end. The text depends only on how many groups the member has, so it is built once per count here and prepared once
/// per connection; <see cref="HomeFeed.Posts"/> builds the same query as LINQ, a tree EF Core has to build, hash and
/// compare on every request. It runs through the prepared statement's generic plan (<see cref="GenericPlanQuery"/>):
/// left to itself PostgreSQL re-plans members of many groups on every call (1-3 ms), because their custom plans look
/// cheaper. Read with Npgsql, not EF Core's FromSql, which misnames the complex reaction columns.
/// </summary>
internal static class HomePageQueries
{
    private const string Columns = """
        p.id, p.group_id, p.author_id, p.title, p.excerpt, p.tags, p.created_at, p.edited_at, p.removed_at,
            p.is_pinned, p.is_locked, p.comment_count, p.like_count, p.love_count, p.insightful_count, p.funny_count,
            p.celebrate_count, p.hot_score, p.top_score, p.is_in_public_group
        """;

    private static readonly ConcurrentDictionary<int, string> Statements = new();

    /// <summary>Whether <see cref="AfterAsync"/> runs on this context's database.</summary>
    public static bool Supported(CommunityDbContext db) => GenericPlanQuery.Supported(db);

    /// <summary>Up to <paramref name="count"/> live posts of the groups after <paramref name="cursor"/>, newest first.</summary>
    public static async Task<IReadOnlyList<FeedRow>> AfterAsync(
        CommunityDbContext db, IReadOnlyList<Guid> groupIds, KeysetCursor cursor, int count, CancellationToken cancellationToken)
    {
        var groups = groupIds.Take(HomeFeed.MaxGroups).ToArray();
        if (groups.Length == 0)
        {
            return [];
        }

        NpgsqlParameter[] parameters =
        [
            new NpgsqlParameter<DateTime> { TypedValue = cursor.At },
            new NpgsqlParameter<Guid> { TypedValue = cursor.Id },
            new NpgsqlParameter<int> { TypedValue = count },
            .. groups.Select(groupId => new NpgsqlParameter<Guid> { TypedValue = groupId }),
        ];
        return await GenericPlanQuery.ReadAsync(db, Statements.GetOrAdd(groups.Length, Statement), parameters, Read, cancellationToken);
    }

    /// <summary>
    /// The statement for <paramref name="groups"/> groups, "created_at &lt;= at AND (created_at &lt; at OR id &lt; i)"
    /// newest first: $1 the cursor's time, $2 its id, $3 the row count, then one parameter per group.
    /// </summary>
    public static string Statement(int groups)
    {
        var branches = Enumerable.Range(4, groups).Select(g => $"""
                (SELECT {Columns}
                FROM content.posts AS p
                WHERE p.group_id = ${g} AND p.removed_at IS NULL AND p.created_at <= $1 AND (p.created_at < $1 OR p.id < $2)
                ORDER BY p.created_at DESC, p.id DESC
                LIMIT $3)
            """);
        var union = string.Join(Environment.NewLine + "UNION ALL" + Environment.NewLine, branches);
        return $"""
            SELECT * FROM (
            {union}
            ) AS p
            ORDER BY p.created_at DESC, p.id DESC
            LIMIT $3
            """;
    }

    // In the order of Columns.
    private static FeedRow Read(DbDataReader row) => new(
        row.GetGuid(0), row.GetGuid(1), row.GetGuid(2), row.GetString(3), row.GetString(4), [.. row.GetFieldValue<string[]>(5)],
        row.GetFieldValue<DateTime>(6), NullableTime(row, 7), NullableTime(row, 8), row.GetBoolean(9), row.GetBoolean(10), row.GetInt32(11),
        new ReactionCounts { Like = row.GetInt32(12), Love = row.GetInt32(13), Insightful = row.GetInt32(14), Funny = row.GetInt32(15), Celebrate = row.GetInt32(16) },
        row.GetDouble(17), row.GetInt32(18), row.GetBoolean(19));

    private static DateTime? NullableTime(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetFieldValue<DateTime>(ordinal);
}
