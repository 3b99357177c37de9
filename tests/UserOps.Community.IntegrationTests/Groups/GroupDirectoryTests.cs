using System.Net;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Groups;

public sealed class GroupDirectoryTests
{
    [Fact]
    public async Task Given_public_and_private_groups_Then_the_directory_shows_public_ones_and_my_private_ones_only()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var me = await factory.CreateGroupCreatorAsync(admin);
        var someoneElse = await factory.CreateGroupCreatorAsync(admin);
        var theirPublic = await someoneElse.Client.CreateGroupAsync(visibility: "public");
        var theirPrivate = await someoneElse.Client.CreateGroupAsync(visibility: "private");
        var myPrivate = await me.Client.CreateGroupAsync(visibility: "private");
        var invitedPrivate = await someoneElse.Client.CreateGroupAsync(visibility: "private");
        await someoneElse.Client.AddMemberAsync(invitedPrivate.Id, me);

        var mine = (await me.Client.ListGroupsAsync()).Items.Select(g => g.Id).ToList();
        var anonymous = (await factory.CreateClient().ListGroupsAsync()).Items.Select(g => g.Id).ToList();

        Assert.Equal([invitedPrivate.Id, myPrivate.Id, theirPublic.Id], mine);
        Assert.DoesNotContain(theirPrivate.Id, mine);
        Assert.Equal([theirPublic.Id], anonymous);
    }

    [Fact]
    public async Task Given_a_query_or_a_tag_Then_only_matching_groups_are_listed()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var astronomy = await admin.CreateGroupAsync(name: "Astronomy Club", tags: ["science", "night"]);
        var chess = await admin.CreateGroupAsync(name: "Chess", description: "Openings and STARgazing of a kind", tags: ["games"]);
        var cooking = await admin.CreateGroupAsync(name: "Cooking", tags: ["food", "science"]);
        var anonymous = factory.CreateClient();

        var byName = (await anonymous.ListGroupsAsync("query=astro")).Items.Select(g => g.Id);
        var byDescription = (await anonymous.ListGroupsAsync("query=stargazing")).Items.Select(g => g.Id);
        var byTag = (await anonymous.ListGroupsAsync("tag=Science")).Items.Select(g => g.Id);
        var byBoth = (await anonymous.ListGroupsAsync("query=cook&tag=science")).Items.Select(g => g.Id);
        var none = (await anonymous.ListGroupsAsync("tag=scien")).Items;

        Assert.Equal([astronomy.Id], byName);
        Assert.Equal([chess.Id], byDescription);
        Assert.Equal([cooking.Id, astronomy.Id], byTag);
        Assert.Equal([cooking.Id], byBoth);
        Assert.Empty(none);
    }

    [Fact]
    public async Task Given_more_groups_than_a_page_Then_keyset_paging_returns_every_group_exactly_once_newest_first()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var created = new List<Guid>();
        for (var i = 0; i < 11; i++)
        {
            created.Add((await admin.CreateGroupAsync(name: $"Group {i}")).Id);
        }

        var anonymous = factory.CreateClient();
        var seen = new List<Guid>();
        var pages = 0;
        string? cursor = null;
        do
        {
            var page = await anonymous.ListGroupsAsync($"limit=3&cursor={cursor}");
            Assert.True(page.Items.Count <= 3);
            seen.AddRange(page.Items.Select(g => g.Id));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(4, pages);
        Assert.Equal(Enumerable.Reverse(created), seen);
    }

    [Fact]
    public async Task Given_a_broken_cursor_Then_400_invalid_cursor()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();

        using var response = await factory.CreateClient().GetAsync("/api/groups?cursor=not-a-cursor");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid_cursor");
    }
}
