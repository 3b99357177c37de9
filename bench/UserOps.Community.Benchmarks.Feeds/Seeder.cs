using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace UserOps.Community.Benchmarks.Feeds;

/// <summary>Writes a <see cref="Dataset"/> into a migrated, empty database, table by table, and reports the time of each.</summary>
internal static class Seeder
{
    public static async Task RunAsync(IBulkTarget target, SeedSizes sizes)
    {
        if (await target.ScalarAsync("identity", "users", "SELECT COUNT(*) FROM {table}") > 0)
        {
            throw new InvalidOperationException("The database already has users: seed a freshly migrated database.");
        }

        var total = Stopwatch.StartNew();
        var step = Stopwatch.StartNew();
        var data = Dataset.Generate(sizes, DateTime.UtcNow);
        var hash = new PasswordHasher<object>().HashPassword(new object(), Dataset.Password);
        Console.WriteLine($"generated in memory: {sizes.Users:N0} users, {sizes.Groups:N0} groups, {data.TotalMemberships:N0} memberships, "
            + $"{sizes.Posts:N0} posts, {data.TotalReactions:N0} reactions ({step.Elapsed.TotalSeconds:F1}s)");

        await TimedAsync("users + user_roles", async () =>
        {
            await using var users = await target.OpenAsync("identity", "users",
                "id", "display_name", "time_zone", "locale", "interests", "created_at", "user_name", "normalized_user_name", "email",
                "normalized_email", "email_confirmed", "password_hash", "security_stamp", "concurrency_stamp", "phone_number_confirmed",
                "two_factor_enabled", "lockout_enabled", "access_failed_count", "leaderboard_opt_out");
            for (var u = 0; u < sizes.Users; u++)
            {
                var email = Dataset.Email(u);
                var upper = email.ToUpperInvariant();
                await users.RowAsync(data.UserIds[u], string.Create(CultureInfo.InvariantCulture, $"Bench User {u}"), "UTC", "en", Array.Empty<string>(),
                    data.UserCreated[u], email, upper, email, upper, true, hash, Guid.NewGuid().ToString("N").ToUpperInvariant(),
                    Guid.NewGuid().ToString(), false, false, true, 0, false);
            }

            await users.CompleteAsync();
            await using var roles = await target.OpenAsync("identity", "user_roles", "user_id", "role_id");
            var member = Guid.Parse(Dataset.MemberRoleId);
            for (var u = 0; u < sizes.Users; u++)
            {
                await roles.RowAsync(data.UserIds[u], member);
            }

            await roles.CompleteAsync();
            return sizes.Users * 2L;
        });

        await TimedAsync("groups + members", async () =>
        {
            await using var groups = await target.OpenAsync("groups", "groups",
                "id", "name", "slug", "description", "visibility", "join_policy", "tags", "owner_id", "created_at", "member_count", "post_count");
            for (var g = 0; g < sizes.Groups; g++)
            {
                await groups.RowAsync(data.GroupIds[g], string.Create(CultureInfo.InvariantCulture, $"Bench group {g}"),
                    string.Create(CultureInfo.InvariantCulture, $"bench-group-{g}"), "A generated group for the feed benchmark.",
                    data.GroupPublic[g] ? 0 : 1, data.GroupPublic[g] ? 0 : 1, new[] { data.Tags[g % data.Tags.Length] },
                    data.UserIds[data.GroupOwner[g]], data.GroupCreated[g], data.GroupMembers[g].Length, data.GroupPostCount[g]);
            }

            await groups.CompleteAsync();
            await using var members = await target.OpenAsync("groups", "members", "group_id", "user_id", "role", "joined_at");
            for (var g = 0; g < sizes.Groups; g++)
            {
                var list = data.GroupMembers[g];
                for (var i = 0; i < list.Length; i++)
                {
                    // Owner = 2, Member = 0 (GroupRole).
                    await members.RowAsync(data.GroupIds[g], data.UserIds[list[i]], i == 0 ? 2 : 0, data.JoinedAt(g, list[i]));
                }
            }

            await members.CompleteAsync();
            return sizes.Groups + data.TotalMemberships;
        });

        await TimedAsync("posts", async () =>
        {
            await using var posts = await target.OpenAsync("content", "posts",
                "id", "group_id", "author_id", "title", "body", "body_html", "excerpt", "tags", "created_at", "is_pinned", "is_locked", "is_in_public_group",
                "comment_count", "hot_score", "top_score", "like_count", "love_count", "insightful_count", "funny_count", "celebrate_count");
            for (var p = 0; p < sizes.Posts; p++)
            {
                var (title, body) = data.TextOf(p);
                var c = p * Dataset.Kinds.Length;
                await posts.RowAsync(data.PostIds[p], data.GroupIds[data.PostGroup[p]], data.UserIds[data.PostAuthor[p]], title, body, $"<p>{body}</p>\n",
                    body.Length <= 240 ? body : body[..240], data.TagsOf(p), data.PostCreated[p], data.PostPinned[p], false, data.GroupPublic[data.PostGroup[p]], 0, data.HotScore(p),
                    data.TotalReactionsOf(p), data.ReactionCounts[c], data.ReactionCounts[c + 1], data.ReactionCounts[c + 2],
                    data.ReactionCounts[c + 3], data.ReactionCounts[c + 4]);
            }

            await posts.CompleteAsync();
            return sizes.Posts;
        });

        await TimedAsync("post_tags", async () =>
        {
            await using var tags = await target.OpenAsync("content", "post_tags", "tag", "post_id", "created_at");
            var rows = 0L;
            for (var p = 0; p < sizes.Posts; p++)
            {
                foreach (var tag in data.TagsOf(p))
                {
                    await tags.RowAsync(tag, data.PostIds[p], data.PostCreated[p]);
                    rows++;
                }
            }

            await tags.CompleteAsync();
            return rows;
        });

        await TimedAsync($"post_search ({(target.Name == "sqlite" ? "FTS5 triggers" : "stored tsvector + GIN")})", async () =>
        {
            await using var search = await target.OpenAsync("content", "post_search", "post_id", "group_id", "is_in_public_group", "created_at", "document");
            for (var p = 0; p < sizes.Posts; p++)
            {
                var (title, body) = data.TextOf(p);
                await search.RowAsync(data.PostIds[p], data.GroupIds[data.PostGroup[p]], data.GroupPublic[data.PostGroup[p]], data.PostCreated[p],
                    Dataset.SearchDocument(title, data.TagsOf(p), body));
            }

            await search.CompleteAsync();
            return sizes.Posts;
        });

        await TimedAsync("reactions", async () =>
        {
            await using var reactions = await target.OpenAsync("content", "reactions", "target_kind", "target_id", "user_id", "kind", "created_at");
            var rows = 0L;
            for (var p = 0; p < sizes.Posts; p++)
            {
                for (var k = 0; k < Dataset.Kinds.Length; k++)
                {
                    foreach (var (user, at) in data.Reactors(p, k))
                    {
                        await reactions.RowAsync(0, data.PostIds[p], data.UserIds[user], Dataset.Kinds[k], at);
                        rows++;
                    }
                }
            }

            await reactions.CompleteAsync();
            return rows;
        });

        await TimedAsync("analyze", async () =>
        {
            // What autovacuum does on a live server: planner statistics (and the visibility map on PostgreSQL).
            await target.ExecuteAsync(target.Name == "sqlite" ? "ANALYZE" : "VACUUM ANALYZE");
            return 0;
        });

        Console.WriteLine($"seeded {target.Name} in {total.Elapsed.TotalSeconds:F1}s");
    }

    private static async Task TimedAsync(string what, Func<Task<long>> step)
    {
        var stopwatch = Stopwatch.StartNew();
        var rows = await step();
        var seconds = stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine($"  {what,-45} {rows,12:N0} rows {seconds,8:F1}s {(rows > 0 ? rows / seconds : 0),10:N0} rows/s");
    }
}
