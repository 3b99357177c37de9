using System.Net;
using System.Net.Http.Json;
using UserOps.Community.IntegrationTests.Growth;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Rewards;

public sealed record SnapshotRankBody(int? Rank, long Points, bool Ranked, bool Approximate);

public sealed record SnapshotBoardBody(IReadOnlyList<RankedBody> Items, SnapshotRankBody? Me);

/// <summary>Members far down a board get their rank from a snapshot of its distinct values (ADR 0042); here "far" is one row.</summary>
public sealed class RankSnapshotTests
{
    private static Task<CommunityApiFactory> CreateFactoryAsync(TimeSpan snapshotFor) =>
        CommunityApiFactory.CreateAsync(o => o.With("Growth:ExactRankWithin", 1).With("Growth:RankSnapshotFor", snapshotFor));

    [Fact]
    public async Task Given_a_fresh_snapshot_Then_every_rank_equals_the_dense_rank_of_the_ranked_members()
    {
        await using var factory = await CreateFactoryAsync(TimeSpan.FromMilliseconds(1));
        var admin = await factory.CreateAdminClientAsync();
        var points = new[] { 50, 40, 40, 35, 20, 20, 20, 10, 5 };
        var members = new List<SignedInMember>();
        foreach (var amount in points)
        {
            var member = await factory.CreateMemberAsync();
            await admin.GrantAsync(member.Id, amount);
            members.Add(member);
        }

        // The top member opts out: everyone else moves up a place, and the snapshot must leave them out too.
        using (var optOut = await members[0].Client.PatchAsJsonAsync("/api/me", new { leaderboardOptOut = true }))
        {
            await optOut.ShouldBeAsync(HttpStatusCode.OK);
        }

        await factory.DrainOutboxAsync();
        var distinctRanked = points.Skip(1).Distinct().OrderDescending().ToList();
        foreach (var (member, amount) in members.Zip(points).Skip(1))
        {
            await Task.Delay(5); // past the 1 ms snapshot lifetime, so each read sees the board as it is
            var board = await member.Client.GetFromJsonAsync<SnapshotBoardBody>("/api/leaderboards?period=all");

            var expected = distinctRanked.IndexOf(amount) + 1;
            Assert.Equal((expected, (long)amount, true), (board!.Me!.Rank, board.Me.Points, board.Me.Ranked));
            Assert.Equal(expected, board.Items.Single(i => i.UserId == member.Id).Rank);
            Assert.True(board.Me.Approximate); // the opted-out 50 is still a row above everyone, so none is counted exactly
        }
    }

    [Fact]
    public async Task Given_a_snapshot_within_its_lifetime_Then_ranks_far_down_come_from_it_and_ranks_at_the_top_stay_exact()
    {
        await using var factory = await CreateFactoryAsync(TimeSpan.FromHours(1));
        var admin = await factory.CreateAdminClientAsync();
        var leader = await factory.CreateMemberAsync();
        var trailing = await factory.CreateMemberAsync();
        await admin.GrantAsync(leader.Id, 30);
        await admin.GrantAsync(trailing.Id, 10);
        Assert.Equal(new SnapshotRankBody(2, 10, true, true), (await trailing.Client.GetFromJsonAsync<SnapshotBoardBody>("/api/leaderboards?period=all"))!.Me);

        var newcomer = await factory.CreateMemberAsync();
        await admin.GrantAsync(newcomer.Id, 40);

        Assert.Equal(new SnapshotRankBody(2, 10, true, true), (await trailing.Client.GetFromJsonAsync<SnapshotBoardBody>("/api/leaderboards?period=all"))!.Me);
        Assert.Equal(new SnapshotRankBody(1, 40, true, false), (await newcomer.Client.GetFromJsonAsync<SnapshotBoardBody>("/api/leaderboards?period=all"))!.Me);
        var board = await leader.Client.GetFromJsonAsync<SnapshotBoardBody>("/api/leaderboards?period=all");
        Assert.Equal([(newcomer.Id, 1), (leader.Id, 2), (trailing.Id, 3)], board!.Items.Select(i => (i.UserId, i.Rank)));
        Assert.Equal(new SnapshotRankBody(1, 30, true, true), board.Me); // the snapshot predates the newcomer's 40
    }
}
