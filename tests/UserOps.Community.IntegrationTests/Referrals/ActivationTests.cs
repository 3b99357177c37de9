using System.Net;
using Microsoft.Extensions.Time.Testing;
using UserOps.Community.IntegrationTests.Growth;
using UserOps.Community.IntegrationTests.Infrastructure;
using UserOps.Community.Referrals.Contracts;

namespace UserOps.Community.IntegrationTests.Referrals;

public sealed class ActivationTests
{
    [Fact]
    public async Task Given_profile_and_post_signals_delivered_by_parallel_workers_Then_every_referral_activates()
    {
        // Nothing is delivered until all the requests are done; then four drainers take one message each at a time,
        // so one invitee's profile update and post are counted in parallel transactions.
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.With("Outbox:DispatcherEnabled", false).With("Outbox:BatchSize", 1));
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var inviter = await factory.CreateMemberAsync();
        var code = (await inviter.Client.MyInviteAsync()).Code;
        for (var i = 0; i < 6; i++)
        {
            await (await factory.CreateMemberAsync(inviteCode: code)).Client.ActivateByPostAsync(group);
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(factory.DrainOutboxAsync)));
        await factory.DrainOutboxAsync();

        Assert.Equal(6, (await factory.OutboxEventsAsync<ReferralActivated>()).Count);
    }

    [Fact]
    public async Task Given_a_completed_profile_and_a_first_post_Then_the_referral_activates_and_rewards_inviter_100_and_invitee_50()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var inviter = await factory.CreateMemberAsync();
        var invitee = await factory.CreateMemberAsync(inviteCode: (await inviter.Client.MyInviteAsync()).Code);
        await factory.DrainOutboxAsync();
        Assert.Empty(await factory.OutboxEventsAsync<ReferralActivated>());

        await invitee.Client.ActivateByPostAsync(group);
        await factory.DrainOutboxAsync();

        var activated = Assert.Single(await factory.OutboxEventsAsync<ReferralActivated>());
        Assert.Equal((invitee.Id, (Guid?)inviter.Id, false), (activated.InviteeId, activated.InviterId, activated.InviterCapped));
        Assert.Equal([100], (await inviter.Client.LedgerOfAsync("ReferralActivated")).Select(l => l.Amount));
        Assert.Equal([50], (await invitee.Client.LedgerOfAsync("ReferralActivated")).Select(l => l.Amount));
        var referral = Assert.Single((await inviter.Client.MyReferralsAsync()).Items);
        Assert.Equal(("activated", 100, false), (referral.Status, referral.PointsEarned, referral.RewardCapped));
        Assert.NotNull(referral.ActivatedAt);
    }

    [Fact]
    public async Task Given_a_campaign_code_Then_activation_rewards_only_the_invitee()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var campaign = await admin.CreateCampaignAsync("offline-meetup");
        var invitee = await factory.CreateMemberAsync(inviteCode: campaign.Code);

        await invitee.Client.ActivateByPostAsync(group);
        await factory.DrainOutboxAsync();

        var activated = Assert.Single(await factory.OutboxEventsAsync<ReferralActivated>());
        Assert.Equal(("offline-meetup", (Guid?)null), (activated.Channel, activated.InviterId));
        Assert.Equal([50], (await invitee.Client.LedgerOfAsync("ReferralActivated")).Select(l => l.Amount));
    }

    [Fact]
    public async Task Given_a_completed_profile_and_3_check_ins_Then_the_referral_activates_and_2_or_make_ups_are_not_enough()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var inviter = await factory.CreateMemberAsync();
        var code = (await inviter.Client.MyInviteAsync()).Code;
        var invitee = await factory.CreateMemberAsync(inviteCode: code);
        await invitee.Client.CompleteProfileAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await factory.RecordCheckInAsync(invitee.Id, today);
        await factory.RecordCheckInAsync(invitee.Id, today.AddDays(1));
        await factory.RecordCheckInAsync(invitee.Id, today.AddDays(2), makeup: true);
        await factory.DrainOutboxAsync();
        Assert.Equal("registered", Assert.Single((await inviter.Client.MyReferralsAsync()).Items).Status);

        await factory.RecordCheckInAsync(invitee.Id, today.AddDays(3));
        await factory.DrainOutboxAsync();

        Assert.Equal("activated", Assert.Single((await inviter.Client.MyReferralsAsync()).Items).Status);
        Assert.Equal([100], (await inviter.Client.LedgerOfAsync("ReferralActivated")).Select(l => l.Amount));
    }

    [Fact]
    public async Task Given_one_check_in_delivered_as_three_events_Then_it_counts_once()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var inviter = await factory.CreateMemberAsync();
        var invitee = await factory.CreateMemberAsync(inviteCode: (await inviter.Client.MyInviteAsync()).Code);
        await invitee.Client.CompleteProfileAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var same = Guid.CreateVersion7();

        await factory.RecordCheckInAsync(invitee.Id, today, checkInId: same);
        await factory.RecordCheckInAsync(invitee.Id, today, checkInId: same);
        await factory.RecordCheckInAsync(invitee.Id, today, checkInId: same);
        await factory.RecordCheckInAsync(invitee.Id, today.AddDays(1));
        await factory.DrainOutboxAsync();

        Assert.Equal("registered", Assert.Single((await inviter.Client.MyReferralsAsync()).Items).Status);
    }

    [Fact]
    public async Task Given_a_post_but_no_complete_profile_Then_the_referral_stays_registered()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var inviter = await factory.CreateMemberAsync();
        var invitee = await factory.CreateMemberAsync(inviteCode: (await inviter.Client.MyInviteAsync()).Code);
        await invitee.Client.JoinAsync(group);

        await invitee.Client.PublishAsync(group);
        await invitee.Client.PublishAsync(group);
        await factory.DrainOutboxAsync();

        Assert.Equal("registered", Assert.Single((await inviter.Client.MyReferralsAsync()).Items).Status);
        Assert.Empty(await inviter.Client.LedgerOfAsync("ReferralActivated"));
    }

    [Fact]
    public async Task Given_the_only_post_was_removed_Then_completing_the_profile_does_not_activate()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var inviter = await factory.CreateMemberAsync();
        var invitee = await factory.CreateMemberAsync(inviteCode: (await inviter.Client.MyInviteAsync()).Code);
        await invitee.Client.JoinAsync(group);
        var post = await invitee.Client.PublishAsync(group);
        using (var removed = await invitee.Client.DeleteAsync($"/api/posts/{post}"))
        {
            Assert.True(removed.IsSuccessStatusCode, $"Removing failed: {(int)removed.StatusCode}");
        }

        await factory.DrainOutboxAsync();
        await invitee.Client.CompleteProfileAsync();
        await factory.DrainOutboxAsync();

        Assert.Equal("registered", Assert.Single((await inviter.Client.MyReferralsAsync()).Items).Status);
    }

    [Fact]
    public async Task Given_the_criterion_met_after_the_30_day_window_Then_the_referral_never_activates()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.Clock = clock);
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var inviter = await factory.CreateMemberAsync();
        var invitee = await factory.CreateMemberAsync(inviteCode: (await inviter.Client.MyInviteAsync()).Code);
        await invitee.Client.CompleteProfileAsync();
        await factory.DrainOutboxAsync();

        clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));
        var late = await factory.SignInAgainAsync(invitee);
        await late.JoinAsync(group);
        await late.PublishAsync(group);
        await factory.DrainOutboxAsync();

        var inviterNow = await factory.SignInAgainAsync(inviter);
        Assert.Equal("registered", Assert.Single((await inviterNow.MyReferralsAsync()).Items).Status);
        Assert.Empty(await factory.OutboxEventsAsync<ReferralActivated>());
    }

    [Fact]
    public async Task Given_an_operator_activation_criterion_of_profile_only_Then_the_profile_alone_activates()
    {
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.With("Referrals:Activation:MinPosts", 0).With("Referrals:Activation:MinCheckIns", 0));
        var inviter = await factory.CreateMemberAsync();
        var invitee = await factory.CreateMemberAsync(inviteCode: (await inviter.Client.MyInviteAsync()).Code);

        await invitee.Client.CompleteProfileAsync();
        await factory.DrainOutboxAsync();

        Assert.Equal("activated", Assert.Single((await inviter.Client.MyReferralsAsync()).Items).Status);
    }

    [Fact]
    public async Task Given_ReferralActivated_delivered_again_to_Growth_Then_inviter_and_invitee_are_rewarded_once()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var inviter = await factory.CreateMemberAsync();
        var invitee = await factory.CreateMemberAsync(inviteCode: (await inviter.Client.MyInviteAsync()).Code);
        await invitee.Client.ActivateByPostAsync(group);
        await factory.DrainOutboxAsync();
        var activated = Assert.Single(await factory.OutboxEventsAsync<ReferralActivated>());

        await factory.DeliverAsync(activated);
        await factory.DeliverAsync(activated);
        await factory.DrainOutboxAsync();

        Assert.Equal([100], (await inviter.Client.LedgerOfAsync("ReferralActivated")).Select(l => l.Amount));
        Assert.Equal([50], (await invitee.Client.LedgerOfAsync("ReferralActivated")).Select(l => l.Amount));
        using var board = await factory.CreateClient().GetAsync("/api/leaderboards/referrers?period=all");
        await board.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Contains("\"points\":1", await board.Content.ReadAsStringAsync());
    }
}
