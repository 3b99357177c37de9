using System.Net.Http.Json;
using UserOps.Community.IntegrationTests.Growth;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Referrals;

public sealed record RankedBody(int Rank, Guid UserId, string DisplayName, string? AvatarUrl, long Points);

public sealed record MyRankBody(int? Rank, long Points, bool Ranked);

public sealed record BoardBody(string Period, string Key, Guid? GroupId, IReadOnlyList<RankedBody> Items, MyRankBody? Me);

public sealed class ReferrersLeaderboardTests
{
    [Fact]
    public async Task Given_activated_referrals_Then_referrers_are_ranked_by_them_and_a_revocation_takes_one_back()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var top = await factory.CreateMemberAsync();
        var second = await factory.CreateMemberAsync();
        var idle = await factory.CreateMemberAsync();
        var topCode = (await top.Client.MyInviteAsync()).Code;
        var t1 = await factory.CreateMemberAsync(inviteCode: topCode);
        var t2 = await factory.CreateMemberAsync(inviteCode: topCode);
        var s1 = await factory.CreateMemberAsync(inviteCode: (await second.Client.MyInviteAsync()).Code);
        await factory.CreateMemberAsync(inviteCode: (await idle.Client.MyInviteAsync()).Code);
        foreach (var invitee in new[] { t1, t2, s1 })
        {
            await invitee.Client.ActivateByPostAsync(group);
        }

        await factory.DrainOutboxAsync();

        var board = (await second.Client.GetFromJsonAsync<BoardBody>("/api/leaderboards/referrers?period=week"))!;
        Assert.Equal([(1, top.Id, 2L), (2, second.Id, 1L)], board.Items.Select(i => (i.Rank, i.UserId, i.Points)));
        Assert.Equal(new MyRankBody(2, 1, true), board.Me);

        await admin.BanAsync(t2.Id);
        await factory.DrainOutboxAsync();

        var after = (await factory.CreateClient().GetFromJsonAsync<BoardBody>("/api/leaderboards/referrers?period=all"))!;
        Assert.Equal([(1, 1L), (1, 1L)], after.Items.Select(i => (i.Rank, i.Points)));
        Assert.Equal(new[] { top.Id, second.Id }.Order(), after.Items.Select(i => i.UserId).Order());
    }
}
