using System.Net;
using System.Net.Http.Json;
using UserOps.Community.IntegrationTests.Growth;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Rewards;

public sealed record RankedBody(int Rank, Guid UserId, long Points);

public sealed record MyRankBody(int? Rank, long Points, bool Ranked);

public sealed record LeaderboardBody(string Period, string Key, IReadOnlyList<RankedBody> Items, MyRankBody? Me);

public sealed class LeaderboardTests
{
    [Fact]
    public async Task Given_members_with_points_Then_ranks_are_dense_and_my_rank_is_known_outside_the_top()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var a = await factory.CreateMemberAsync();
        var b = await factory.CreateMemberAsync();
        var c = await factory.CreateMemberAsync();
        await admin.GrantAsync(a.Id, 30);
        await admin.GrantAsync(b.Id, 30);
        await admin.GrantAsync(c.Id, 10);

        var board = await c.Client.GetFromJsonAsync<LeaderboardBody>("/api/leaderboards?period=week&limit=2");

        Assert.Equal([1, 1], board!.Items.Select(i => i.Rank));
        Assert.Equal(new HashSet<Guid> { a.Id, b.Id }, board.Items.Select(i => i.UserId).ToHashSet());
        Assert.Equal(new MyRankBody(2, 10, true), board.Me);
        foreach (var period in new[] { "day", "month", "all" })
        {
            var other = await a.Client.GetFromJsonAsync<LeaderboardBody>($"/api/leaderboards?period={period}");
            Assert.Equal(30, other!.Items.Single(i => i.UserId == a.Id).Points);
        }
    }

    [Fact]
    public async Task Given_a_member_opts_out_Then_they_are_not_ranked_but_keep_their_points()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var shy = await factory.CreateMemberAsync();
        var other = await factory.CreateMemberAsync();
        await admin.GrantAsync(shy.Id, 50);
        await admin.GrantAsync(other.Id, 20);
        using var optOut = await shy.Client.PatchAsJsonAsync("/api/me", new { leaderboardOptOut = true });
        await optOut.ShouldBeAsync(HttpStatusCode.OK);
        await factory.DrainOutboxAsync();

        var board = await shy.Client.GetFromJsonAsync<LeaderboardBody>("/api/leaderboards?period=all");

        Assert.DoesNotContain(board!.Items, i => i.UserId == shy.Id);
        Assert.Equal(1, board.Items.Single(i => i.UserId == other.Id).Rank);
        Assert.Equal(new MyRankBody(null, 50, false), board.Me);
        Assert.Equal(50, (await shy.Client.PointsAsync()).Xp);
    }

    [Fact]
    public async Task Given_a_banned_member_Then_they_are_not_ranked_until_unbanned_and_an_opt_out_outlives_the_ban()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var banned = await factory.CreateMemberAsync();
        await admin.GrantAsync(banned.Id, 40);
        var anonymous = factory.CreateClient();

        using (var ban = await admin.PostAsJsonAsync($"/api/admin/users/{banned.Id}/ban", new { reason = "spam" }))
        {
            await ban.ShouldBeAsync(HttpStatusCode.OK);
        }

        await factory.DrainOutboxAsync();
        Assert.DoesNotContain((await anonymous.GetFromJsonAsync<LeaderboardBody>("/api/leaderboards?period=all"))!.Items, i => i.UserId == banned.Id);

        using (var lift = await admin.DeleteAsync($"/api/admin/users/{banned.Id}/ban"))
        {
            await lift.ShouldBeAsync(HttpStatusCode.OK);
        }

        await factory.DrainOutboxAsync();
        Assert.Contains((await anonymous.GetFromJsonAsync<LeaderboardBody>("/api/leaderboards?period=all"))!.Items, i => i.UserId == banned.Id);

        var client = await factory.SignInAgainAsync(banned);
        using (var optOut = await client.PatchAsJsonAsync("/api/me", new { leaderboardOptOut = true }))
        {
            await optOut.ShouldBeAsync(HttpStatusCode.OK);
        }

        using (var again = await admin.PostAsJsonAsync($"/api/admin/users/{banned.Id}/ban", new { reason = "spam again" }))
        using (var liftAgain = await admin.DeleteAsync($"/api/admin/users/{banned.Id}/ban"))
        {
            await again.ShouldBeAsync(HttpStatusCode.OK);
            await liftAgain.ShouldBeAsync(HttpStatusCode.OK);
        }

        await factory.DrainOutboxAsync();
        Assert.DoesNotContain((await anonymous.GetFromJsonAsync<LeaderboardBody>("/api/leaderboards?period=all"))!.Items, i => i.UserId == banned.Id);
    }

    [Fact]
    public async Task Given_bad_parameters_Then_problems_not_errors()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var anonymous = factory.CreateClient();
        using var badPeriod = await anonymous.GetAsync("/api/leaderboards?period=decade");
        await badPeriod.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid_period");
        using var noSeason = await anonymous.GetAsync("/api/leaderboards?period=season");
        await noSeason.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid_period");
        using var unknownGroup = await anonymous.GetAsync($"/api/leaderboards?groupId={Guid.NewGuid()}");
        await unknownGroup.ShouldBeProblemAsync(HttpStatusCode.NotFound, "group_not_found");
        using var board = await anonymous.GetAsync("/api/leaderboards");
        await board.ShouldBeAsync(HttpStatusCode.OK);
    }
}
