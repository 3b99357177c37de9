using System.Net;
using System.Net.Http.Json;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Content;

/// <summary>
/// A tag's first page is filtered, per viewer, from one cached list of the tag's newest posts in every group (ADR 0049):
/// what this instance commits shows on the next read, and nobody sees a post they may not see.
/// </summary>
public sealed class TagFeedCacheTests
{
    private const string Tag = "cachedtag";

    public sealed record TagItem(Guid Id, string Title, int CommentCount, Dictionary<string, int> Reactions, IReadOnlyList<string> MyReactions);

    public sealed record TagPage(IReadOnlyList<TagItem> Items, string? NextCursor);

    [Fact]
    public async Task Given_a_cached_tag_page_When_this_instance_commits_changes_Then_every_next_read_shows_them_to_those_who_may_see_them()
    {
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.With("Outbox:DispatcherEnabled", false));
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var insider = await factory.CreateMemberAsync();
        var reader = await factory.CreateMemberAsync();
        var anonymous = factory.CreateClient();
        var open = await owner.Client.CreateGroupAsync();
        var closed = await owner.Client.CreateGroupAsync("private", "invite");
        await owner.Client.InviteAndJoinAsync(closed, insider);
        await reader.Client.JoinAsync(open);
        var shared = await owner.Client.PublishPostAsync(open, "Shared", tags: [Tag]);
        var secret = await owner.Client.PublishPostAsync(closed, "Secret", tags: [Tag]);

        Assert.Equal([secret.Id, shared.Id], await IdsAsync(insider.Client));
        Assert.Equal([shared.Id], await IdsAsync(reader.Client));
        Assert.Equal([shared.Id], await IdsAsync(anonymous));

        var newer = await owner.Client.PublishPostAsync(open, "Newer", tags: ["other", Tag]);
        Assert.Equal([newer.Id, shared.Id], await IdsAsync(anonymous));

        await reader.Client.ReactAsync($"/api/posts/{shared.Id}/reactions/love");
        var reacted = (await PageAsync(reader.Client)).Items.Single(p => p.Id == shared.Id);
        Assert.Equal(1, reacted.Reactions["love"]);
        Assert.Equal(["love"], reacted.MyReactions);

        await owner.Client.PostCommentAsync(shared.Id);
        Assert.Equal(1, (await PageAsync(anonymous)).Items.Single(p => p.Id == shared.Id).CommentCount);

        using (var edited = await owner.Client.PatchAsJsonAsync($"/api/posts/{newer.Id}", new { title = "Newer, edited" }))
        {
            await edited.ShouldBeAsync(HttpStatusCode.OK);
        }

        Assert.Equal("Newer, edited", (await PageAsync(anonymous)).Items[0].Title);

        using (var removed = await owner.Client.DeleteAsync($"/api/posts/{newer.Id}"))
        {
            await removed.ShouldBeAsync(HttpStatusCode.NoContent);
        }

        Assert.Equal([shared.Id], await IdsAsync(reader.Client));

        using (var expelled = await owner.Client.DeleteAsync($"/api/groups/{closed}/members/{insider.Id}"))
        {
            await expelled.ShouldBeAsync(HttpStatusCode.NoContent);
        }

        Assert.Equal([shared.Id], await IdsAsync(insider.Client));

        using (var opened = await owner.Client.PatchAsJsonAsync($"/api/groups/{closed}", new { visibility = "public" }))
        {
            await opened.ShouldBeAsync(HttpStatusCode.OK);
        }

        await factory.DrainOutboxAsync(); // the posts' visibility follows the group in a handler, which drops the tag pages after it commits
        Assert.Equal([secret.Id, shared.Id], await IdsAsync(anonymous));
    }

    [Fact]
    public async Task Given_the_cached_newest_posts_are_all_private_Then_a_non_member_still_gets_the_older_public_ones()
    {
        await using var factory = await CommunityApiFactory.CreateAsync(o => o
            .With("Outbox:DispatcherEnabled", false)
            .With("Content:TagCacheDepth", 21)); // the smallest depth: one page and the row that says there is a next
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var open = await owner.Client.CreateGroupAsync();
        var closed = await owner.Client.CreateGroupAsync("private", "invite");
        var older = await owner.Client.PublishPostAsync(open, "Older and public", tags: [Tag]);
        var hidden = new List<Guid>();
        for (var i = 0; i < 21; i++)
        {
            hidden.Add((await owner.Client.PublishPostAsync(closed, $"Private {i}", tags: [Tag])).Id);
        }

        var ownerPage = await PageAsync(owner.Client);
        Assert.Equal(20, ownerPage.Items.Count);
        Assert.All(ownerPage.Items, item => Assert.Contains(item.Id, hidden));
        Assert.NotNull(ownerPage.NextCursor);

        var stranger = await factory.CreateMemberAsync();
        Assert.Equal([older.Id], await IdsAsync(stranger.Client));
        Assert.Equal([older.Id], await IdsAsync(factory.CreateClient()));
    }

    private static async Task<TagPage> PageAsync(HttpClient client) => await client.GetOkAsync<TagPage>($"/api/tags/{Tag}/posts");

    private static async Task<IReadOnlyList<Guid>> IdsAsync(HttpClient client) => [.. (await PageAsync(client)).Items.Select(p => p.Id)];
}
