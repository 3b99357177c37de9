using System.Net;
using System.Text.Json;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Content;

/// <summary>A group feed past its first page, whose cursor query PostgreSQL runs as SQL of its own.</summary>
public sealed class GroupFeedPagingTests
{
    [Theory]
    [InlineData("new")]
    [InlineData("hot")]
    [InlineData("top")]
    public async Task Given_posts_with_engagement_a_pin_and_a_removal_When_paging_with_cursors_Then_the_pages_show_the_posts_field_for_field_as_one_long_page(string sort)
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var reader = await factory.CreateMemberAsync();
        var groupId = await owner.Client.CreateGroupAsync();
        await reader.Client.JoinAsync(groupId);
        string[] kinds = ["like", "love", "insightful", "funny"];
        var posts = new List<PostBody>();
        for (var i = 0; i < 14; i++)
        {
            var post = await owner.Client.PublishPostAsync(groupId, $"Post {i}", tags: i % 3 == 0 ? [$"tag{i}"] : null);
            posts.Add(post);
            // Scores differ and tie (most posts share a few levels), so the id tie-break is exercised.
            foreach (var kind in kinds.Take(i % 4))
            {
                await reader.Client.ReactAsync($"/api/posts/{post.Id}/reactions/{kind}");
            }

            if (i % 5 == 0)
            {
                await owner.Client.PostCommentAsync(post.Id);
            }
        }

        using (var pinned = await owner.Client.PostAsync($"/api/posts/{posts[3].Id}/pin", null))
        {
            await pinned.ShouldBeAsync(HttpStatusCode.OK);
        }

        using (var removed = await owner.Client.DeleteAsync($"/api/posts/{posts[6].Id}"))
        {
            Assert.True(removed.IsSuccessStatusCode, removed.StatusCode.ToString());
        }

        await factory.DrainOutboxAsync();

        // A page of 50 is read whole; pages of 4 past the first come from the cursor query.
        var onePage = await reader.Client.GetOkAsync<JsonElement>($"/api/groups/{groupId}/posts?sort={sort}&limit=50");
        Assert.Equal(JsonValueKind.Null, onePage.GetProperty("nextCursor").ValueKind);
        var expected = Items(onePage);
        Assert.Equal(12, expected.Count);

        var paged = new List<string>();
        string? cursor = null;
        do
        {
            var page = await reader.Client.GetOkAsync<JsonElement>(
                $"/api/groups/{groupId}/posts?sort={sort}&limit=4{(cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}")}");
            paged.AddRange(Items(page));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null && paged.Count < 50);

        Assert.Equal(expected, paged);
    }

    private static List<string> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetRawText())];
}
