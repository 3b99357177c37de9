using System.Collections.Concurrent;
using Npgsql;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Content.Domain;

namespace UserOps.Community.Content.Feeds;

/// <summary>
/// The home feed's pages after a cursor on PostgreSQL (ADR 0056): one UNION ALL branch per group, each a top-N seek of
/// (group_id, created_at, id) past the cursor, which PostgreSQL merges lazily (Merge Append), stopping at the page's
/// end. The text depends only on how many groups the member has, so it is built once per count here and prepared once
/// per connection; <see cref="HomeFeed.Posts"/> builds the same query as LINQ, a tree EF Core has to build, hash and
/// compare on every request. It runs through the prepared statement's generic plan (<see cref="GenericPlanQuery"/>):
/// left to itself PostgreSQL re-plans members of many groups on every call (1-3 ms), because their custom plans look
/// cheaper. Read with Npgsql, not EF Core's FromSql, which misnames the complex reaction columns.
/// </summary>
internal static class HomePageQueries
{
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
        return await GenericPlanQuery.ReadAsync(db, Statements.GetOrAdd(groups.Length, Statement), parameters, FeedColumns.Read, cancellationToken);
    }

    /// <summary>
    /// The statement for <paramref name="groups"/> groups, "created_at &lt;= at AND (created_at &lt; at OR id &lt; i)"
    /// newest first: $1 the cursor's time, $2 its id, $3 the row count, then one parameter per group.
    /// </summary>
    private static string Statement(int groups)
    {
        var branches = Enumerable.Range(4, groups).Select(g => $"""
                (SELECT {FeedColumns.Sql}
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
}
