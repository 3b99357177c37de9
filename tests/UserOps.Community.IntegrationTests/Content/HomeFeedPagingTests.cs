using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Content;

/// <summary>The home feed past its first page: a merge of the member's groups, whose query differs by database.</summary>
public sealed class HomeFeedPagingTests
{
    [Fact]
    public async Task Given_posts_in_my_groups_sharing_timestamps_Then_cursor_pages_list_each_live_post_once_newest_then_highest_id_first()
    {
        // A frozen clock gives posts equal times, so the pages must break ties by id across groups.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.Clock = clock);
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var open = await owner.Client.CreateGroupAsync();
        var closed = await owner.Client.CreateGroupAsync("private", "invite");
        var notMine = await owner.Client.CreateGroupAsync();
        var member = await factory.CreateMemberAsync();
        await member.Client.JoinAsync(open);
        await owner.Client.InviteAndJoinAsync(closed, member);

        var mine = new List<(int Tick, Guid Id)>();
        for (var tick = 0; tick < 4; tick++)
        {
            foreach (var groupId in new[] { open, closed, open, notMine })
            {
                var post = await owner.Client.PublishPostAsync(groupId, $"Tick {tick}");
                if (groupId != notMine)
                {
                    mine.Add((tick, post.Id));
                }
            }

            clock.Advance(TimeSpan.FromSeconds(1));
        }

        var removed = mine[4].Id;
        using (var removal = await owner.Client.DeleteAsync($"/api/posts/{removed}"))
        {
            Assert.True(removal.IsSuccessStatusCode, removal.StatusCode.ToString());
        }

        var expected = mine.Where(p => p.Id != removed).OrderByDescending(p => p.Tick).ThenByDescending(p => p.Id).Select(p => p.Id).ToList();
        Assert.Equal(expected, await PageThroughAsync(member.Client, limit: 2));
        Assert.Equal(expected, await PageThroughAsync(member.Client, limit: 5));
    }

    [Fact]
    public async Task Given_posts_being_published_to_my_groups_while_paging_the_home_feed_Then_no_page_repeats_or_skips_a_post()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var groups = new[] { await owner.Client.CreateGroupAsync(), await owner.Client.CreateGroupAsync(), await owner.Client.CreateGroupAsync() };
        var writer = await factory.CreateMemberAsync();
        foreach (var groupId in groups)
        {
            await writer.Client.JoinAsync(groupId);
        }

        var before = new List<Guid>();
        for (var i = 0; i < 24; i++)
        {
            before.Add((await owner.Client.PublishPostAsync(groups[i % groups.Length], $"Before {i}")).Id);
        }

        using var stop = new CancellationTokenSource();
        var published = 0;
        var publishing = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await writer.Client.PublishPostAsync(groups[published % groups.Length], $"During {published}");
                Interlocked.Increment(ref published);
            }
        });

        // Give the writer time to land posts between pages.
        var seen = await PageThroughAsync(owner.Client, limit: 5, betweenPages: TimeSpan.FromMilliseconds(20));
        await stop.CancelAsync();
        await publishing;

        Assert.True(published > 0, "The writer published nothing while paging.");
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(before.AsEnumerable().Reverse(), seen.Where(before.Contains));
    }

    [Fact]
    public async Task Given_a_member_of_a_dozen_groups_When_paging_with_cursors_Then_the_pages_show_the_same_posts_field_for_field_as_one_long_page()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.Clock = clock);
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var member = await factory.CreateMemberAsync();
        var groups = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            groups.Add(await owner.Client.CreateGroupAsync());
            await member.Client.JoinAsync(groups[^1]);
        }

        // Posts spread over every group, some with tags, reactions (the member's own among them) and an edit.
        for (var i = 0; i < 36; i++)
        {
            var post = await owner.Client.PublishPostAsync(groups[i * 5 % groups.Count], $"Post {i}", tags: i % 3 == 0 ? [$"tag{i}", "shared"] : null);
            if (i % 4 == 0)
            {
                await member.Client.ReactAsync($"/api/posts/{post.Id}/reactions/love");
                await owner.Client.ReactAsync($"/api/posts/{post.Id}/reactions/insightful");
            }

            if (i % 7 == 0)
            {
                using var edited = await owner.Client.PatchAsJsonAsync($"/api/posts/{post.Id}", new { title = $"Post {i}, edited" });
                Assert.True(edited.IsSuccessStatusCode, edited.StatusCode.ToString());
            }

            clock.Advance(TimeSpan.FromSeconds(1));
        }

        // One page of 50 is read as a first page; pages of 5 past the first come from the cursor query.
        var onePage = await member.Client.GetOkAsync<JsonElement>("/api/feed?limit=50");
        Assert.Equal(JsonValueKind.Null, onePage.GetProperty("nextCursor").ValueKind);
        var expected = onePage.GetProperty("items").EnumerateArray().Select(item => item.GetRawText()).ToList();
        Assert.Equal(36, expected.Count);

        var paged = new List<string>();
        string? cursor = null;
        do
        {
            var page = await member.Client.GetOkAsync<JsonElement>($"/api/feed?limit=5{(cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}")}");
            paged.AddRange(page.GetProperty("items").EnumerateArray().Select(item => item.GetRawText()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null && paged.Count < 100);

        Assert.Equal(expected, paged);
    }

    private static async Task<List<Guid>> PageThroughAsync(HttpClient client, int limit, TimeSpan betweenPages = default)
    {
        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await client.GetOkAsync<PostPageBody>($"/api/feed?limit={limit}{(cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}")}");
            Assert.InRange(page.Items.Count, 0, limit);
            Assert.DoesNotContain(page.Items, p => p.Removed);
            seen.AddRange(page.Items.Select(p => p.Id));
            cursor = page.NextCursor;
            pages++;
            await Task.Delay(betweenPages);
        }
        while (cursor is not null && pages < 100);

        Assert.Null(cursor);
        return seen;
    }
}
