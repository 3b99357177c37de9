using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using UserOps.Community.IntegrationTests.Growth;
using UserOps.Community.IntegrationTests.Infrastructure;
using UserOps.Community.Referrals.Contracts;

namespace UserOps.Community.IntegrationTests.Referrals;

public sealed class RevocationTests
{
    [Fact]
    public async Task Given_an_activated_invitee_banned_within_30_days_Then_the_referral_is_revoked_and_both_rewards_are_reversed_once()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var inviter = await factory.CreateMemberAsync();
        var invitee = await factory.CreateMemberAsync(inviteCode: (await inviter.Client.MyInviteAsync()).Code);
        await invitee.Client.ActivateByPostAsync(group);
        await factory.DrainOutboxAsync();
        var before = (await inviter.Client.AccountAsync()).Points.Xp;

        await admin.BanAsync(invitee.Id);
        await admin.BanAsync(invitee.Id);
        await factory.DrainOutboxAsync();

        var revoked = Assert.Single(await factory.OutboxEventsAsync<ReferralRevoked>());
        Assert.StartsWith("invitee_banned", revoked.Reason);
        var inviterLines = await inviter.Client.LedgerOfAsync("ReferralRevoked");
        Assert.Equal([-100], inviterLines.Select(l => l.Amount));
        Assert.Equal("reversed", inviterLines[0].Kind);
        Assert.Equal(before - 100, (await inviter.Client.AccountAsync()).Points.Xp);
        var referral = Assert.Single((await inviter.Client.MyReferralsAsync()).Items);
        Assert.Equal(("revoked", 0), (referral.Status, referral.PointsEarned));
        using var board = await factory.CreateClient().GetAsync("/api/leaderboards/referrers?period=all");
        Assert.DoesNotContain(inviter.Id.ToString(), await board.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Given_the_invitees_reversal_Then_it_is_in_the_banned_invitees_ledger_as_operators_see_it()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var inviter = await factory.CreateMemberAsync();
        var invitee = await factory.CreateMemberAsync(inviteCode: (await inviter.Client.MyInviteAsync()).Code);
        await invitee.Client.ActivateByPostAsync(group);
        await factory.DrainOutboxAsync();

        await admin.BanAsync(invitee.Id);
        await factory.DrainOutboxAsync();

        // The banned invitee can no longer sign in or use their token; staff read the ledger by member id.
        var ledger = (await admin.GetFromJsonAsync<LedgerBody>($"/api/users/{invitee.Id}/points/ledger?limit=100"))!.Items;
        Assert.Contains(ledger, l => l.SourceType == "ReferralRevoked");
        Assert.Equal(0, ledger.Where(l => l.SourceType is "ReferralActivated" or "ReferralRevoked").Sum(l => l.Amount));
    }

    [Fact]
    public async Task Given_a_ban_more_than_N_days_after_attribution_Then_the_referral_stays_activated()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = await CommunityApiFactory.CreateAsync(o =>
        {
            o.Clock = clock;
            o.With("Referrals:RevokeOnBanWithinDays", 7);
        });
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var inviter = await factory.CreateMemberAsync();
        var invitee = await factory.CreateMemberAsync(inviteCode: (await inviter.Client.MyInviteAsync()).Code);
        await invitee.Client.ActivateByPostAsync(group);
        await factory.DrainOutboxAsync();

        clock.Advance(TimeSpan.FromDays(8));
        await (await factory.CreateAdminClientAsync()).BanAsync(invitee.Id);
        await factory.DrainOutboxAsync();

        Assert.Empty(await factory.OutboxEventsAsync<ReferralRevoked>());
        var inviterNow = await factory.SignInAgainAsync(inviter);
        Assert.Equal("activated", Assert.Single((await inviterNow.MyReferralsAsync()).Items).Status);
    }

    [Fact]
    public async Task Given_a_banned_invitee_before_activation_Then_the_referral_is_revoked_and_activity_after_the_ban_is_lifted_never_activates_it()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var inviter = await factory.CreateMemberAsync();
        var invitee = await factory.CreateMemberAsync(inviteCode: (await inviter.Client.MyInviteAsync()).Code);
        await admin.BanAsync(invitee.Id);
        await factory.DrainOutboxAsync();
        using (var lifted = await admin.DeleteAsync($"/api/admin/users/{invitee.Id}/ban"))
        {
            lifted.EnsureSuccessStatusCode();
        }

        await invitee.Client.ActivateByPostAsync(group);
        await factory.DrainOutboxAsync();

        Assert.Equal("revoked", Assert.Single((await inviter.Client.MyReferralsAsync()).Items).Status);
        Assert.Empty(await factory.OutboxEventsAsync<ReferralActivated>());
    }
}
