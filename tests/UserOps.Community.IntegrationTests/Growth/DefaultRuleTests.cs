using System.Net;
using System.Net.Http.Json;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Growth;

public sealed class DefaultRuleTests
{
    [Fact]
    public async Task Given_a_post_of_at_least_20_characters_Then_the_author_earns_5_and_the_ledger_explains_it()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var member = await factory.CreateMemberAsync();
        await member.Client.JoinAsync(group);
        await factory.DrainOutboxAsync();

        await member.Client.PublishAsync(group);
        await factory.DrainOutboxAsync();

        var (points, ledger) = await member.Client.AccountAsync();
        Assert.Equal(6, points.Xp);
        var post = Assert.Single(ledger, l => l.SourceType == "PostPublished");
        Assert.Equal((5, "earned", "Published a post", DefaultRules.Post, group), (post.Amount, post.Kind, post.Reason, post.RuleId, post.GroupId));
    }

    [Fact]
    public async Task Given_a_post_body_under_20_characters_Then_no_points()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var member = await factory.CreateMemberAsync();
        await member.Client.JoinAsync(group);

        await member.Client.PublishAsync(group, body: "Nineteen characters");
        await factory.DrainOutboxAsync();

        var (points, ledger) = await member.Client.AccountAsync();
        Assert.Equal(1, points.Xp);
        Assert.DoesNotContain(ledger, l => l.SourceType == "PostPublished");
    }

    [Fact]
    public async Task Given_a_comment_Then_the_commenter_earns_2_and_the_post_author_nothing()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var author = await factory.CreateMemberAsync();
        var commenter = await factory.CreateMemberAsync();
        await author.Client.JoinAsync(group);
        await commenter.Client.JoinAsync(group);
        var post = await author.Client.PublishAsync(group);
        await factory.DrainOutboxAsync();

        using var response = await commenter.Client.PostAsJsonAsync($"/api/posts/{post}/comments", new { body = "Well said, thank you." });
        await response.ShouldBeAsync(HttpStatusCode.Created);
        await factory.DrainOutboxAsync();

        var (points, ledger) = await commenter.Client.AccountAsync();
        Assert.Equal(3, points.Xp);
        var comment = Assert.Single(ledger, l => l.SourceType == "CommentPosted");
        Assert.Equal((2, "Commented", DefaultRules.Comment), (comment.Amount, comment.Reason, comment.RuleId));
        Assert.Equal(6, (await author.Client.AccountAsync()).Points.Xp);
    }

    [Fact]
    public async Task Given_a_reaction_from_another_member_Then_the_author_earns_1_and_the_reactor_nothing()
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

        var (points, ledger) = await author.Client.AccountAsync();
        Assert.Equal(1 + 5 + 1, points.Xp);
        var reaction = Assert.Single(ledger, l => l.SourceType == "ReactionAdded");
        Assert.Equal((1, "Received a reaction", DefaultRules.ReactionReceived), (reaction.Amount, reaction.Reason, reaction.RuleId));
        var (reactorPoints, reactorLedger) = await reactor.Client.AccountAsync();
        Assert.Equal(1, reactorPoints.Xp);
        Assert.DoesNotContain(reactorLedger, l => l.SourceType == "ReactionAdded");
    }

    [Fact]
    public async Task Given_a_reaction_to_your_own_post_Then_no_points()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var author = await factory.CreateMemberAsync();
        await author.Client.JoinAsync(group);
        var post = await author.Client.PublishAsync(group);

        await author.Client.ReactAsync(post);
        await author.Client.ReactAsync(post, "love");
        await factory.DrainOutboxAsync();

        var (points, ledger) = await author.Client.AccountAsync();
        Assert.Equal(6, points.Xp);
        Assert.DoesNotContain(ledger, l => l.SourceType == "ReactionAdded");
    }

    [Fact]
    public async Task Given_a_member_joins_a_group_Then_they_earn_1()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var member = await factory.CreateMemberAsync();

        await member.Client.JoinAsync(group);
        await factory.DrainOutboxAsync();

        var (points, ledger) = await member.Client.AccountAsync();
        Assert.Equal((1L, 1L), (points.Xp, points.Balance));
        var joined = Assert.Single(ledger);
        Assert.Equal((1, "earned", "Joined a group", "MemberJoined", DefaultRules.JoinedGroup, group), (joined.Amount, joined.Kind, joined.Reason, joined.SourceType, joined.RuleId, joined.GroupId));
    }

    [Fact]
    public async Task Given_a_profile_completed_then_emptied_and_completed_again_Then_20_points_exactly_once()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();
        var complete = new { displayName = "Ada Lovelace", bio = "Engines and numbers.", avatarUrl = "https://example.test/ada.png", interests = new[] { "maths" } };

        using (var first = await member.Client.PatchAsJsonAsync("/api/me", complete))
        {
            await first.ShouldBeAsync(HttpStatusCode.OK);
        }

        await factory.DrainOutboxAsync();
        using (var emptied = await member.Client.PatchAsJsonAsync("/api/me", new { bio = "" }))
        {
            await emptied.ShouldBeAsync(HttpStatusCode.OK);
        }

        using (var again = await member.Client.PatchAsJsonAsync("/api/me", complete))
        {
            await again.ShouldBeAsync(HttpStatusCode.OK);
        }

        await factory.DrainOutboxAsync();

        var (points, ledger) = await member.Client.AccountAsync();
        Assert.Equal(20, points.Xp);
        var entry = Assert.Single(ledger);
        Assert.Equal((20, "Completed the profile", "ProfileCompleted", DefaultRules.ProfileCompleted), (entry.Amount, entry.Reason, entry.SourceType, entry.RuleId));
    }
}
