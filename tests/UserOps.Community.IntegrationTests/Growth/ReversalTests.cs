using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using UserOps.Community.Content.Contracts;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Growth;

public sealed class ReversalTests
{
    [Fact]
    public async Task Given_a_removed_post_whose_PostRemoved_is_delivered_twice_Then_its_5_points_are_reversed_once()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var member = await factory.CreateMemberAsync();
        await member.Client.JoinAsync(group);
        var post = await member.Client.PublishAsync(group);
        await factory.DrainOutboxAsync();
        Assert.Equal(6, (await member.Client.PointsAsync()).Xp);

        using (var removed = await member.Client.DeleteAsync($"/api/posts/{post}"))
        {
            Assert.True(removed.IsSuccessStatusCode, $"Removing failed: {(int)removed.StatusCode}");
        }

        await factory.DrainOutboxAsync();
        var removal = Assert.Single(await factory.OutboxEventsAsync<PostRemoved>());
        await factory.DeliverToGrowthAsync("ContentActivityHandlers", removal);

        var (points, ledger) = await member.Client.AccountAsync();
        Assert.Equal(1, points.Xp);
        var reversal = Assert.Single(ledger, l => l.Kind == "reversed");
        Assert.Equal((-5, "Reversed: Published a post", "PostRemoved", DefaultRules.Post), (reversal.Amount, reversal.Reason, reversal.SourceType, reversal.RuleId));
    }

    [Fact]
    public async Task Given_a_withdrawn_reaction_Then_the_authors_point_is_reversed()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var author = await factory.CreateMemberAsync();
        var reactor = await factory.CreateMemberAsync();
        await author.Client.JoinAsync(group);
        await reactor.Client.JoinAsync(group);
        var post = await author.Client.PublishAsync(group);
        await reactor.Client.ReactAsync(post);
        await factory.DrainOutboxAsync();
        Assert.Equal(7, (await author.Client.PointsAsync()).Xp);

        using (var withdrawn = await reactor.Client.DeleteAsync($"/api/posts/{post}/reactions/like"))
        {
            await withdrawn.ShouldBeAsync(HttpStatusCode.OK);
        }

        await factory.DrainOutboxAsync();

        var (points, ledger) = await author.Client.AccountAsync();
        Assert.Equal(6, points.Xp);
        var reversal = Assert.Single(ledger, l => l.Kind == "reversed");
        Assert.Equal((-1, "ReactionRemoved"), (reversal.Amount, reversal.SourceType));
    }

    [Fact]
    public async Task Given_a_removed_comment_Then_the_commenters_2_points_are_reversed_and_the_comment_counter_drops()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var author = await factory.CreateMemberAsync();
        var commenter = await factory.CreateMemberAsync();
        await author.Client.JoinAsync(group);
        await commenter.Client.JoinAsync(group);
        var post = await author.Client.PublishAsync(group);
        Guid comment;
        using (var posted = await commenter.Client.PostAsJsonAsync($"/api/posts/{post}/comments", new { body = "Thanks for sharing this!" }))
        {
            await posted.ShouldBeAsync(HttpStatusCode.Created);
            comment = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        await factory.DrainOutboxAsync();
        Assert.Equal(3, (await commenter.Client.PointsAsync()).Xp);

        using (var removed = await commenter.Client.DeleteAsync($"/api/comments/{comment}"))
        {
            await removed.ShouldBeAsync(HttpStatusCode.NoContent);
        }

        await factory.DrainOutboxAsync();

        var (points, ledger) = await commenter.Client.AccountAsync();
        Assert.Equal(1, points.Xp);
        var reversal = Assert.Single(ledger, l => l.Kind == "reversed");
        Assert.Equal((-2, "CommentRemoved"), (reversal.Amount, reversal.SourceType));
    }

    [Fact]
    public async Task Given_a_member_leaves_a_group_Then_the_joining_point_is_reversed()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var member = await factory.CreateMemberAsync();
        await member.Client.JoinAsync(group);
        await factory.DrainOutboxAsync();

        using (var left = await member.Client.DeleteAsync($"/api/groups/{group}/members/me"))
        {
            await left.ShouldBeAsync(HttpStatusCode.NoContent);
        }

        await factory.DrainOutboxAsync();

        var (points, ledger) = await member.Client.AccountAsync();
        Assert.Equal((0L, 0L), (points.Xp, points.Balance));
        Assert.Equal([("reversed", -1, "MemberLeft"), ("earned", 1, "MemberJoined")], ledger.Select(l => (l.Kind, l.Amount, l.SourceType)));
    }
}
