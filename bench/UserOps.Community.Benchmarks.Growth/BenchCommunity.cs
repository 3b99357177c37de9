using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Persistence;

namespace UserOps.Community.Benchmarks.Growth;

/// <summary>A post the generated events refer to, with the counts its reactions and comments leave on it.</summary>
internal sealed record BenchPost(Guid Id, Guid Group, Guid Author, DateTime At)
{
    public int Comments { get; set; }

    public int Likes { get; set; }
}

/// <summary>
/// The rows the events refer to, as the HTTP writes that raised them would have left them: the members (time zones
/// and locales mixed, so days are local and notifications are stored and rendered), the groups, and the posts with
/// their counts. Without them the handlers find nothing and skip their work: no notification, no score update.
/// </summary>
internal static class BenchCommunity
{
    private static readonly string[] Zones = ["Asia/Shanghai", "UTC", "America/New_York", "Europe/Berlin"];

    public static async Task InsertMembersAsync(IServiceProvider services, BenchDatabase database, IReadOnlyList<Guid> members, IReadOnlyList<Guid> groups, DateTime at)
    {
        await InsertAsync(services, database, "identity", "users",
            ["id", "display_name", "time_zone", "locale", "interests", "created_at", "user_name", "normalized_user_name", "email", "normalized_email",
                "email_confirmed", "security_stamp", "concurrency_stamp", "phone_number_confirmed", "two_factor_enabled", "lockout_enabled",
                "access_failed_count", "leaderboard_opt_out"],
            members.Select((id, i) =>
            {
                var email = string.Create(CultureInfo.InvariantCulture, $"member{i}@bench.local");
                return new object[]
                {
                    id, string.Create(CultureInfo.InvariantCulture, $"Member {i}"), Zones[i % Zones.Length], i % 3 == 0 ? "en" : "zh-CN",
                    Array(database, []), at.AddDays(-30), email, email.ToUpperInvariant(), email, email.ToUpperInvariant(), true,
                    Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString(), false, false, true, 0, false,
                };
            }));
        await InsertAsync(services, database, "groups", "groups",
            ["id", "name", "slug", "description", "visibility", "join_policy", "tags", "owner_id", "created_at", "member_count", "post_count"],
            groups.Select((id, i) => new object[]
            {
                id, $"Bench group {i}", $"bench-group-{i}", "A generated group.", 0, 0, Array(database, ["benchmark"]), members[i % members.Count], at.AddDays(-30), 0, 0,
            }));
    }

    public static Task InsertPostsAsync(IServiceProvider services, BenchDatabase database, IReadOnlyList<BenchPost> posts) =>
        InsertAsync(services, database, "content", "posts",
            ["id", "group_id", "author_id", "title", "body", "body_html", "excerpt", "tags", "created_at", "is_pinned", "is_locked", "is_in_public_group",
                "comment_count", "hot_score", "top_score", "like_count", "love_count", "insightful_count", "funny_count", "celebrate_count"],
            posts.Select(p => new object[]
            {
                p.Id, p.Group, p.Author, "A benchmark post", "Body", "<p>Body</p>\n", "Body", Array(database, ["benchmark"]), p.At, false, false, true,
                p.Comments, 0.0, p.Likes, p.Likes, 0, 0, 0, 0,
            }));

    // 19 columns × 200 rows stays far under every provider's parameter limit.
    private static async Task InsertAsync(IServiceProvider services, BenchDatabase database, string schema, string table, string[] columns, IEnumerable<object[]> rows)
    {
        var name = database.Provider == DatabaseProvider.Sqlite ? $"\"{schema}_{table}\"" : $"\"{schema}\".\"{table}\"";
        foreach (var chunk in rows.Chunk(200))
        {
            var sql = new StringBuilder($"INSERT INTO {name} ({string.Join(", ", columns)}) VALUES ");
            var parameters = new List<object>();
            foreach (var row in chunk)
            {
                sql.Append(parameters.Count == 0 ? "(" : ", (")
                    .AppendJoin(", ", row.Select((_, c) => $"{{{parameters.Count + c}}}")).Append(')');
                parameters.AddRange(row);
            }

            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Database.ExecuteSqlRawAsync(sql.ToString(), parameters);
        }
    }

    // PostgreSQL stores string lists as text[]; SQLite as JSON text (as the EF model's converter writes them).
    private static object Array(BenchDatabase database, string[] values) =>
        database.Provider == DatabaseProvider.Sqlite ? JsonSerializer.Serialize(values) : values;
}
