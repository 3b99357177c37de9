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
    private const string PostColumns = "p.id, p.author_id, p.body, p.body_html, p.comment_count, p.created_at, p.edited_at, p.group_id, p.hot_score, "
        + "p.is_in_public_group, p.is_locked, p.is_pinned, p.removal_reason, p.removed_at, p.removed_by, p.tags, p.title, p.top_score, "
        + "p.celebrate_count, p.funny_count, p.insightful_count, p.like_count, p.love_count";

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

        var queries = new (string Name, string Sql, (string, object)[] Parameters)[]
        {
            ("home feed, first page", $"SELECT {PostColumns}\nFROM content.posts AS p\nWHERE p.group_id = ANY (@mine) AND p.removed_at IS NULL\nORDER BY p.created_at DESC, p.id DESC\nLIMIT @p",
                [("mine", mine), ("p", 21)]),
            ("home feed, 1,000 rows deep", $"SELECT {PostColumns}\nFROM content.posts AS p\nWHERE p.group_id = ANY (@mine) AND p.removed_at IS NULL AND (p.created_at < @at OR (p.created_at = @at AND p.id < @id))\nORDER BY p.created_at DESC, p.id DESC\nLIMIT @p",
                [("mine", mine), ("at", homeAt), ("id", homeId), ("p", 21)]),
            ("group feed, pinned", $"SELECT {PostColumns}\nFROM content.posts AS p\nWHERE p.group_id = @groupId AND p.removed_at IS NULL AND p.is_pinned\nORDER BY p.created_at DESC\nLIMIT @p",
                [("groupId", group), ("p", 10)]),
            ("group feed, new", $"SELECT {PostColumns}\nFROM content.posts AS p\nWHERE p.group_id = @groupId AND p.removed_at IS NULL AND NOT (p.is_pinned)\nORDER BY p.created_at DESC, p.id DESC\nLIMIT @p",
                [("groupId", group), ("p", 21)]),
            ("group feed, hot", $"SELECT {PostColumns}\nFROM content.posts AS p\nWHERE p.group_id = @groupId AND p.removed_at IS NULL AND NOT (p.is_pinned)\nORDER BY p.hot_score DESC, p.id DESC\nLIMIT @p",
                [("groupId", group), ("p", 21)]),
            ("group feed, top", $"SELECT {PostColumns}\nFROM content.posts AS p\nWHERE p.group_id = @groupId AND p.removed_at IS NULL AND NOT (p.is_pinned)\nORDER BY p.top_score DESC, p.id DESC\nLIMIT @p",
                [("groupId", group), ("p", 21)]),
            ("group feed, new, 1,000 rows deep", $"SELECT {PostColumns}\nFROM content.posts AS p\nWHERE p.group_id = @groupId AND p.removed_at IS NULL AND NOT (p.is_pinned) AND (p.created_at < @at OR (p.created_at = @at AND p.id < @id))\nORDER BY p.created_at DESC, p.id DESC\nLIMIT @p",
                [("groupId", group), ("at", groupAt), ("id", groupId), ("p", 21)]),
            ("tag feed, popular tag (dotnet)", TagSql, [("mine", mine), ("wanted", "dotnet"), ("p", 21)]),
            ("tag feed, rare tag (topic170)", TagSql, [("mine", mine), ("wanted", "topic170"), ("p", 21)]),
            ("my reactions on a page", "SELECT r.target_id AS \"TargetId\", r.kind AS \"Kind\"\nFROM content.reactions AS r\nWHERE r.target_kind = @kind AND r.user_id = @userId AND r.target_id = ANY (@targetIds)",
                [("kind", 0), ("userId", user), ("targetIds", postIds)]),
            ("my groups", "SELECT m.group_id\nFROM groups.members AS m\nWHERE m.user_id = @userId", [("userId", user)]),
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

    private const string TagSql = $"SELECT {PostColumns}\nFROM content.posts AS p\nWHERE p.removed_at IS NULL AND (p.is_in_public_group OR p.group_id = ANY (@mine)) AND p.id IN (\n    SELECT p0.post_id\n    FROM content.post_tags AS p0\n    WHERE p0.tag = @wanted\n)\nORDER BY p.created_at DESC, p.id DESC\nLIMIT @p";

    private static async Task SqliteAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        foreach (var (name, sql) in SqliteQueries())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (var parameter in new[] { "@mine", "@at", "@id", "@p", "@groupId", "@wanted", "@userId", "@kind", "@targetIds" })
            {
                if (sql.Contains(parameter, StringComparison.Ordinal))
                {
                    command.Parameters.AddWithValue(parameter, parameter is "@mine" or "@targetIds" ? "[]" : "x");
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
        const string mine = "p.group_id IN (SELECT m.value FROM json_each(@mine) AS m)";
        yield return ("home feed, first page", $"SELECT {PostColumns}\nFROM content_posts AS p\nWHERE {mine} AND p.removed_at IS NULL\nORDER BY p.created_at DESC, p.id DESC\nLIMIT @p");
        yield return ("home feed, deep", $"SELECT {PostColumns}\nFROM content_posts AS p\nWHERE {mine} AND p.removed_at IS NULL AND (p.created_at < @at OR (p.created_at = @at AND p.id < @id))\nORDER BY p.created_at DESC, p.id DESC\nLIMIT @p");
        yield return ("group feed, new", $"SELECT {PostColumns}\n{live} AND p.group_id = @groupId AND NOT (p.is_pinned)\nORDER BY p.created_at DESC, p.id DESC\nLIMIT @p");
        yield return ("group feed, hot", $"SELECT {PostColumns}\n{live} AND p.group_id = @groupId AND NOT (p.is_pinned)\nORDER BY p.hot_score DESC, p.id DESC\nLIMIT @p");
        yield return ("group feed, top", $"SELECT {PostColumns}\n{live} AND p.group_id = @groupId AND NOT (p.is_pinned)\nORDER BY p.top_score DESC, p.id DESC\nLIMIT @p");
        yield return ("group feed, new, deep", $"SELECT {PostColumns}\n{live} AND p.group_id = @groupId AND NOT (p.is_pinned) AND (p.created_at < @at OR (p.created_at = @at AND p.id < @id))\nORDER BY p.created_at DESC, p.id DESC\nLIMIT @p");
        yield return ("tag feed", $"SELECT {PostColumns}\n{live} AND (p.is_in_public_group OR {mine}) AND p.id IN (\n    SELECT p0.post_id\n    FROM content_post_tags AS p0\n    WHERE p0.tag = @wanted\n)\nORDER BY p.created_at DESC, p.id DESC\nLIMIT @p");
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
