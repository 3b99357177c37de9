using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Content;

/// <summary>
/// First feed pages, memberships, authors and my reactions come from short-lived caches (ADR 0043): what this instance
/// commits shows on the next read; what another instance commits shows once the entries expire.
/// </summary>
public sealed class FeedCacheTests
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(5);

    public sealed record CachedItem(Guid Id, string Title, AuthorBody Author, int CommentCount, Dictionary<string, int> Reactions, IReadOnlyList<string> MyReactions);

    public sealed record CachedGroupFeed(IReadOnlyList<CachedItem> Pinned, IReadOnlyList<CachedItem> Items, string? NextCursor);

    public sealed record CachedPage(IReadOnlyList<CachedItem> Items, string? NextCursor);

    [Fact]
    public async Task Given_cached_first_pages_When_this_instance_commits_changes_Then_every_next_read_shows_them()
    {
        // Deliveries only when drained, so the hot page is surely cached before its score is recomputed.
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.With("Outbox:DispatcherEnabled", false));
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var reader = await factory.CreateMemberAsync();
        var groupId = await owner.Client.CreateGroupAsync();
        var first = await owner.Client.PublishPostAsync(groupId, "First");
        await reader.Client.JoinAsync(groupId);
        Assert.Equal([first.Id], (await HomeAsync(reader.Client)).Items.Select(p => p.Id));
        Assert.Equal([first.Id], (await GroupAsync(reader.Client, groupId, "hot")).Items.Select(p => p.Id));

        var second = await owner.Client.PublishPostAsync(groupId, "Second");
        Assert.Equal([second.Id, first.Id], (await HomeAsync(reader.Client)).Items.Select(p => p.Id));
        Assert.Equal([second.Id, first.Id], (await GroupAsync(reader.Client, groupId, "new")).Items.Select(p => p.Id));

        await reader.Client.ReactAsync($"/api/posts/{first.Id}/reactions/love");
        var reacted = (await GroupAsync(reader.Client, groupId, "new")).Items.Single(p => p.Id == first.Id);
        Assert.Equal(1, reacted.Reactions["love"]);
        Assert.Equal(["love"], reacted.MyReactions);
        Assert.Empty((await GroupAsync(owner.Client, groupId, "new")).Items.Single(p => p.Id == first.Id).MyReactions);

        await owner.Client.ReactAsync($"/api/posts/{first.Id}/reactions/like"); // two reactions: log10(2) outranks a newer post
        Assert.Equal([second.Id, first.Id], (await GroupAsync(reader.Client, groupId, "hot")).Items.Select(p => p.Id));
        await factory.DrainOutboxAsync(); // the hot score is recomputed by a handler, which drops the hot page too
        Assert.Equal([first.Id, second.Id], (await GroupAsync(reader.Client, groupId, "hot")).Items.Select(p => p.Id));

        using (var edited = await owner.Client.PatchAsJsonAsync($"/api/posts/{second.Id}", new { title = "Second, edited" }))
        {
            await edited.ShouldBeAsync(HttpStatusCode.OK);
        }

        using (var renamed = await owner.Client.PatchAsJsonAsync("/api/me", new { displayName = "Renamed Owner" }))
        {
            await renamed.ShouldBeAsync(HttpStatusCode.OK);
        }

        var home = await HomeAsync(reader.Client);
        Assert.Equal("Second, edited", home.Items[0].Title);
        Assert.All(home.Items, p => Assert.Equal("Renamed Owner", p.Author.DisplayName));

        using (var pinned = await owner.Client.PostAsync($"/api/posts/{first.Id}/pin", null))
        {
            await pinned.ShouldBeAsync(HttpStatusCode.OK);
        }

        var withPin = await GroupAsync(reader.Client, groupId, "new");
        Assert.Equal([first.Id], withPin.Pinned.Select(p => p.Id));
        Assert.Equal([second.Id], withPin.Items.Select(p => p.Id));

        using (var removed = await owner.Client.DeleteAsync($"/api/posts/{second.Id}"))
        {
            await removed.ShouldBeAsync(HttpStatusCode.NoContent);
        }

        Assert.Equal([first.Id], (await HomeAsync(reader.Client)).Items.Select(p => p.Id));
        Assert.Empty((await GroupAsync(reader.Client, groupId, "top")).Items);
    }

    [Fact]
    public async Task Given_a_member_removed_from_a_private_group_on_this_instance_Then_its_feed_is_404_to_them_at_once()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var member = await factory.CreateMemberAsync();
        var groupId = await owner.Client.CreateGroupAsync("private", "invite");
        await owner.Client.InviteAndJoinAsync(groupId, member);
        var post = await owner.Client.PublishPostAsync(groupId, "Members only");
        Assert.Equal([post.Id], (await GroupAsync(member.Client, groupId, "new")).Items.Select(p => p.Id));
        Assert.Equal([post.Id], (await HomeAsync(member.Client)).Items.Select(p => p.Id));

        using (var removed = await owner.Client.DeleteAsync($"/api/groups/{groupId}/members/{member.Id}"))
        {
            await removed.ShouldBeAsync(HttpStatusCode.NoContent);
        }

        using var feed = await member.Client.GetAsync($"/api/groups/{groupId}/posts");
        await feed.ShouldBeAsync(HttpStatusCode.NotFound);
        Assert.Empty((await HomeAsync(member.Client)).Items);
    }

    [Fact]
    public async Task Given_changes_committed_on_another_instance_Then_this_instance_shows_them_once_its_entries_expire()
    {
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.Clock = new FakeTimeProvider(new DateTimeOffset(2030, 3, 1, 12, 0, 0, TimeSpan.Zero)));
        await using var other = factory.CreateSecondInstance();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var member = await factory.CreateMemberAsync();
        var groupId = await owner.Client.CreateGroupAsync("private", "invite");
        await owner.Client.InviteAndJoinAsync(groupId, member);
        var post = await owner.Client.PublishPostAsync(groupId, "Before");
        Assert.Equal("Before", (await GroupAsync(member.Client, groupId, "new")).Items.Single().Title);

        var ownerOnOther = other.CreateBearerClient(owner.Tokens.AccessToken);
        using (var edited = await ownerOnOther.PatchAsJsonAsync($"/api/posts/{post.Id}", new { title = "After" }))
        {
            await edited.ShouldBeAsync(HttpStatusCode.OK);
        }

        using (var removed = await ownerOnOther.DeleteAsync($"/api/groups/{groupId}/members/{member.Id}"))
        {
            await removed.ShouldBeAsync(HttpStatusCode.NoContent);
        }

        // Within the lifetime this instance still serves what it cached: the bound ADR 0043 accepts.
        Assert.Equal("Before", (await GroupAsync(member.Client, groupId, "new")).Items.Single().Title);
        Assert.Equal("After", (await GroupAsync(ownerOnOther, groupId, "new")).Items.Single().Title);

        factory.Clock.Advance(CacheLifetime + TimeSpan.FromSeconds(1));

        Assert.Equal("After", (await GroupAsync(owner.Client, groupId, "new")).Items.Single().Title);
        using var feed = await member.Client.GetAsync($"/api/groups/{groupId}/posts");
        await feed.ShouldBeAsync(HttpStatusCode.NotFound);
    }

    private static async Task<CachedGroupFeed> GroupAsync(HttpClient client, Guid groupId, string sort) =>
        await client.GetOkAsync<CachedGroupFeed>($"/api/groups/{groupId}/posts?sort={sort}");

    private static async Task<CachedPage> HomeAsync(HttpClient client) => await client.GetOkAsync<CachedPage>("/api/feed");
}
