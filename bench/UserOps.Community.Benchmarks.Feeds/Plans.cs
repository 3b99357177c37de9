using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace UserOps.Community.Benchmarks.Feeds;

/// <summary>
/// Prints the plan of every feed query, with the SQL EF Core generates (copied from the host's
/// Microsoft.EntityFrameworkCore.Database.Command log) and parameters taken from the seeded data:
/// reader 0 of the load test (user 7), its biggest group, a popular and a rare tag, a cursor 1,000 rows deep.
/// </summary>
internal static class Plans
{
    // What a feed row reads (FeedRow): no body, no rendered HTML.
    private const string FeedColumns = "p.id, p.group_id, p.author_id, p.title, p.excerpt, p.tags, p.created_at, p.edited_at, p.removed_at, p.is_pinned, "
        + "p.is_locked, p.comment_count, p.like_count, p.love_count, p.insightful_count, p.funny_count, p.celebrate_count, p.hot_score, p.top_score, "
        + "p.is_in_public_group";

    private const string AfterCursor = "p.created_at <= @at AND (p.created_at < @at OR p.id < @id)";

    public static Task RunAsync(string provider, string connection) =>
        provider == "sqlite" ? SqliteAsync(connection) : PostgresAsync(connection);

    private static async Task PostgresAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var user = await ScalarAsync<Guid>(connection, "SELECT id FROM identity.users WHERE normalized_email = @email", ("email", Dataset.Email(7).ToUpperInvariant()));
        var mine = (await ListAsync<Guid>(connection, "SELECT group_id FROM groups.members WHERE user_id = @user", ("user", user))).ToArray();
        var group = await ScalarAsync<Guid>(connection, "SELECT id FROM groups.groups WHERE id = ANY (@mine) ORDER BY post_count DESC LIMIT 1", ("mine", mine));
        var (homeAt, homeId) = await PositionAsync(connection,
            "SELECT created_at, id FROM content.posts WHERE group_id = ANY (@mine) AND removed_at IS NULL ORDER BY created_at DESC, id DESC OFFSET 1000 LIMIT 1", ("mine", mine));
        var (groupAt, groupId) = await PositionAsync(connection,
            "SELECT created_at, id FROM content.posts WHERE group_id = @group AND removed_at IS NULL AND NOT is_pinned ORDER BY created_at DESC, id DESC OFFSET 1000 LIMIT 1", ("group", group));
        var postIds = (await ListAsync<Guid>(connection, "SELECT id FROM content.posts WHERE group_id = @group ORDER BY created_at DESC LIMIT 20", ("group", group))).ToArray();
        Console.WriteLine($"user {user} in {mine.Length} groups; biggest group {group}");

        var groupParameters = mine.Select((id, i) => ($"g{i}", (object)id)).ToArray();
        var queries = new (string Name, string Sql, (string, object)[] Parameters)[]
        {
            ("home feed, first page (on a cache miss)", HomeSql(mine.Length, deep: false), [.. groupParameters, ("p", 21)]),
            ("home feed, 1,000 rows deep (HomePageQueries on PostgreSQL, ADR 0056; HomeFeed.Posts elsewhere)", HomeSql(mine.Length, deep: true), [.. groupParameters, ("at", homeAt), ("id", homeId), ("p", 21)]),
            ("group feed, pinned", $"SELECT {FeedColumns}\nFROM content.posts AS p\nWHERE p.group_id = @groupId AND p.removed_at IS NULL AND p.is_pinned\nORDER BY p.created_at DESC, p.id DESC\nLIMIT @p",
                [("groupId", group), ("p", 10)]),
            ("group feed, new", $"SELECT {FeedColumns}\nFROM content.posts AS p\nWHERE p.group_id = @groupId AND p.removed_at IS NULL AND NOT (p.is_pinned)\nORDER BY p.created_at DESC, p.id DESC\nLIMIT @p",
                [("groupId", group), ("p", 21)]),
            ("group feed, hot", $"SELECT {FeedColumns}\nFROM content.posts AS p\nWHERE p.group_id = @groupId AND p.removed_at IS NULL AND NOT (p.is_pinned)\nORDER BY p.hot_score DESC, p.id DESC\nLIMIT @p",
                [("groupId", group), ("p", 21)]),
            ("group feed, top", $"SELECT {FeedColumns}\nFROM content.posts AS p\nWHERE p.group_id = @groupId AND p.removed_at IS NULL AND NOT (p.is_pinned)\nORDER BY p.top_score DESC, p.id DESC\nLIMIT @p",
                [("groupId", group), ("p", 21)]),
            ("group feed, new, 1,000 rows deep", $"SELECT {FeedColumns}\nFROM content.posts AS p\nWHERE p.group_id = @groupId AND p.removed_at IS NULL AND NOT (p.is_pinned) AND {AfterCursor}\nORDER BY p.created_at DESC, p.id DESC\nLIMIT @p",
                [("groupId", group), ("at", groupAt), ("id", groupId), ("p", 21)]),
            ("tag feed, the cached newest 100 of a popular tag (dotnet)", TagNewestSql, [("wanted", "dotnet"), ("p", 100)]),
            ("tag feed, the cached newest 100 of a rare tag (topic170)", TagNewestSql, [("wanted", "topic170"), ("p", 100)]),
            ("tag feed, a cursor page of a popular tag (dotnet)", TagAfterSql, [("mine", mine), ("wanted", "dotnet"), ("at", homeAt), ("id", homeId), ("p", 21)]),
            ("my reactions on a page", "SELECT r.target_id AS \"TargetId\", r.kind AS \"Kind\"\nFROM content.reactions AS r\nWHERE r.target_kind = @kind AND r.user_id = @userId AND r.target_id = ANY (@targetIds)",
                [("kind", 0), ("userId", user), ("targetIds", postIds)]),
            ("my groups", "SELECT m.group_id\nFROM groups.members AS m\nWHERE m.user_id = @userId\nORDER BY m.joined_at DESC", [("userId", user)]),
        };

        foreach (var (name, sql, parameters) in queries)
        {
            await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, connection);
            foreach (var (key, value) in parameters)
            {
                command.Parameters.AddWithValue(key, value);
            }

            await PrintAsync(name, command);
        }
    }

    // Each of my groups' newest posts past the cursor, merged: the shape of HomeFeed.Posts and of HomePageQueries.
    private static string HomeSql(int groups, bool deep)
    {
        var branches = Enumerable.Range(0, groups).Select(i =>
            $"    SELECT * FROM (\n        SELECT {FeedColumns}\n        FROM content.posts AS p\n        WHERE p.group_id = @g{i} AND p.removed_at IS NULL{(deep ? " AND " + AfterCursor : string.Empty)}\n"
            + "        ORDER BY p.created_at DESC, p.id DESC\n        LIMIT @p\n    ) AS b" + i.ToString(CultureInfo.InvariantCulture));
        return $"SELECT u.*\nFROM (\n{string.Join("\n    UNION ALL\n", branches)}\n) AS u\nORDER BY u.created_at DESC, u.id DESC\nLIMIT @p";
    }

    private const string TagJoin = "FROM content.post_tags AS t\nINNER JOIN content.posts AS p ON t.post_id = p.id\nWHERE t.tag = @wanted AND p.removed_at IS NULL";

    private const string TagNewestSql = $"SELECT {FeedColumns}\n{TagJoin}\nORDER BY t.created_at DESC, t.post_id DESC\nLIMIT @p";

    private const string TagAfterSql = $"SELECT {FeedColumns}\n{TagJoin} AND (p.is_in_public_group OR p.group_id = ANY (@mine))\n"
        + "AND t.created_at <= @at AND (t.created_at < @at OR t.post_id < @id)\nORDER BY t.created_at DESC, t.post_id DESC\nLIMIT @p";

    private static async Task SqliteAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        foreach (var (name, sql) in SqliteQueries())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (var parameter in new[] { "@at", "@id", "@p", "@groupId", "@wanted" })
            {
                if (sql.Contains(parameter, StringComparison.Ordinal))
                {
                    command.Parameters.AddWithValue(parameter, "x");
                }
            }

            Console.WriteLine($"--- {name}");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                Console.WriteLine($"  {reader.GetString(3)}");
            }
        }
    }

    private static IEnumerable<(string Name, string Sql)> SqliteQueries()
    {
        const string live = "FROM content_posts AS p\nWHERE p.removed_at IS NULL";
        const string after = "p.created_at <= @at AND (p.created_at < @at OR p.id < @id)";
        yield return ("home feed, one group's branch (the query merges one per group)", $"SELECT {FeedColumns}\n{live} AND p.group_id = @groupId AND {after}\nORDER BY p.created_at DESC, p.id DESC\nLIMIT @p");
        yield return ("group feed, new", $"SELECT {FeedColumns}\n{live} AND p.group_id = @groupId AND NOT (p.is_pinned)\nORDER BY p.created_at DESC, p.id DESC\nLIMIT @p");
        yield return ("group feed, hot", $"SELECT {FeedColumns}\n{live} AND p.group_id = @groupId AND NOT (p.is_pinned)\nORDER BY p.hot_score DESC, p.id DESC\nLIMIT @p");
        yield return ("group feed, top", $"SELECT {FeedColumns}\n{live} AND p.group_id = @groupId AND NOT (p.is_pinned)\nORDER BY p.top_score DESC, p.id DESC\nLIMIT @p");
        yield return ("group feed, new, deep", $"SELECT {FeedColumns}\n{live} AND p.group_id = @groupId AND NOT (p.is_pinned) AND {after}\nORDER BY p.created_at DESC, p.id DESC\nLIMIT @p");
        yield return ("tag feed, newest", $"SELECT {FeedColumns}\nFROM content_post_tags AS t\nINNER JOIN content_posts AS p ON t.post_id = p.id\nWHERE t.tag = @wanted AND p.removed_at IS NULL\nORDER BY t.created_at DESC, t.post_id DESC\nLIMIT @p");
    }

    private static async Task PrintAsync(string name, DbCommand command)
    {
        var text = new StringBuilder();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {reader.GetString(0)}");
            }
        }

        Console.WriteLine($"--- {name}");
        Console.Write(text);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, params (string, object)[] parameters) =>
        (await ListAsync<T>(connection, sql, parameters)).Single();

    private static async Task<List<T>> ListAsync<T>(NpgsqlConnection connection, string sql, params (string, object)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (key, value) in parameters)
        {
            command.Parameters.AddWithValue(key, value);
        }

        var result = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add(reader.GetFieldValue<T>(0));
        }

        return result;
    }

    private static async Task<(DateTime At, Guid Id)> PositionAsync(NpgsqlConnection connection, string sql, params (string, object)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (key, value) in parameters)
        {
            command.Parameters.AddWithValue(key, value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetFieldValue<DateTime>(0), reader.GetGuid(1)) : (DateTime.UtcNow, Guid.Empty);
    }
}
