using Microsoft.Extensions.Time.Testing;
using UserOps.Community.Content.Contracts;
using UserOps.Community.IntegrationTests.Growth;
using UserOps.Community.IntegrationTests.Infrastructure;
using UserOps.Community.Referrals.Contracts;

namespace UserOps.Community.IntegrationTests.Referrals;

public sealed class RewardCapTests
{
    [Fact]
    public async Task Given_a_daily_cap_of_2_and_4_activations_on_one_day_Then_the_inviter_is_rewarded_twice_and_again_the_next_day()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(DateTime.UtcNow.Date.AddDays(1).AddHours(9), TimeSpan.Zero));
        await using var factory = await CommunityApiFactory.CreateAsync(o =>
        {
            o.Clock = clock;
            o.With("Referrals:Caps:PerInviterPerDay", 2).With("Referrals:Caps:PerInviterPerMonth", 10);
        });
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var inviter = await factory.CreateMemberAsync();
        var code = (await inviter.Client.MyInviteAsync()).Code;
        var invitees = new List<SignedInMember>();
        for (var i = 0; i < 5; i++)
        {
            invitees.Add(await factory.CreateMemberAsync(inviteCode: code));
        }

        foreach (var invitee in invitees.Take(4))
        {
            await invitee.Client.ActivateByPostAsync(group);
        }

        await factory.DrainOutboxAsync();
        Assert.Equal([100, 100], (await inviter.Client.LedgerOfAsync("ReferralActivated")).Select(l => l.Amount));
        var events = await factory.OutboxEventsAsync<ReferralActivated>();
        Assert.Equal(4, events.Count);
        Assert.Equal(2, events.Count(e => e.InviterCapped));
        foreach (var invitee in invitees.Take(4))
        {
            Assert.Equal([50], (await invitee.Client.LedgerOfAsync("ReferralActivated")).Select(l => l.Amount));
        }

        var mine = await inviter.Client.MyReferralsAsync();
        Assert.Equal(2, mine.Items.Count(r => r.RewardCapped));
        Assert.Equal(200, mine.Summary.PointsEarned);

        clock.Advance(TimeSpan.FromDays(1));
        await (await factory.SignInAgainAsync(invitees[4])).ActivateByPostAsync(group);
        await factory.DrainOutboxAsync();
        Assert.Equal(300, (await (await factory.SignInAgainAsync(inviter)).LedgerOfAsync("ReferralActivated")).Sum(l => l.Amount));
    }

    [Fact]
    public async Task Given_a_monthly_cap_of_1_Then_a_second_activation_a_day_later_in_the_same_month_earns_the_inviter_nothing()
    {
        var firstOfMonth = new DateTime(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1, 9, 0, 0, DateTimeKind.Utc).AddMonths(1);
        var clock = new FakeTimeProvider(new DateTimeOffset(firstOfMonth, TimeSpan.Zero));
        await using var factory = await CommunityApiFactory.CreateAsync(o =>
        {
            o.Clock = clock;
            o.With("Referrals:Caps:PerInviterPerMonth", 1);
        });
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var inviter = await factory.CreateMemberAsync();
        var code = (await inviter.Client.MyInviteAsync()).Code;
        var first = await factory.CreateMemberAsync(inviteCode: code);
        var second = await factory.CreateMemberAsync(inviteCode: code);
        await first.Client.ActivateByPostAsync(group);
        await factory.DrainOutboxAsync();

        clock.Advance(TimeSpan.FromDays(1));
        await (await factory.SignInAgainAsync(second)).ActivateByPostAsync(group);
        await factory.DrainOutboxAsync();

        var inviterNow = await factory.SignInAgainAsync(inviter);
        Assert.Equal([100], (await inviterNow.LedgerOfAsync("ReferralActivated")).Select(l => l.Amount));
        Assert.Equal(2, (await inviterNow.MyReferralsAsync()).Summary.Activated);
    }

    [Fact]
    public async Task Given_a_daily_cap_of_3_and_8_invitees_activating_in_one_drain_Then_exactly_3_inviter_rewards_are_made()
    {
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.With("Referrals:Caps:PerInviterPerDay", 3));
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var inviter = await factory.CreateMemberAsync();
        var code = (await inviter.Client.MyInviteAsync()).Code;
        var invitees = new List<SignedInMember>();
        for (var i = 0; i < 8; i++)
        {
            invitees.Add(await factory.CreateMemberAsync(inviteCode: code));
        }

        // All eight meet the criterion concurrently; the events wait in the outbox and are delivered together.
        await Task.WhenAll(invitees.Select(i => i.Client.ActivateByPostAsync(group)));
        await factory.DrainOutboxAsync();

        Assert.Equal(300, (await inviter.Client.LedgerOfAsync("ReferralActivated")).Sum(l => l.Amount));
        Assert.Equal(5, (await factory.OutboxEventsAsync<ReferralActivated>()).Count(e => e.InviterCapped));
    }

    [Fact]
    public async Task Given_8_activations_of_one_inviter_delivered_concurrently_in_separate_transactions_Then_exactly_3_are_rewarded()
    {
        await using var factory = await CommunityApiFactory.CreateAsync(o => o
            .With("Outbox:DispatcherEnabled", false)
            .With("Referrals:Caps:PerInviterPerDay", 3)
            .With("Referrals:Activation:RequireProfileComplete", false)
            .With("Referrals:Activation:MinCheckIns", 0));
        var inviter = await factory.CreateMemberAsync();
        var code = (await inviter.Client.MyInviteAsync()).Code;
        var invitees = new List<SignedInMember>();
        for (var i = 0; i < 8; i++)
        {
            invitees.Add(await factory.CreateMemberAsync(inviteCode: code));
        }

        using var start = new SemaphoreSlim(0);
        var deliveries = invitees.Select(async invitee =>
        {
            await start.WaitAsync();
            try
            {
                var post = new PostPublished(Guid.CreateVersion7(), Guid.CreateVersion7(), invitee.Id, "A post", [], 60) { OccurredAt = DateTime.UtcNow };
                await factory.DeliverToActivationAsync(post);
                return null;
            }
            catch (Exception exception)
            {
                return exception;
            }
        }).ToList();
        start.Release(invitees.Count);
        var failures = (await Task.WhenAll(deliveries)).OfType<Exception>().ToList();

        var activated = await factory.OutboxEventsAsync<ReferralActivated>();
        Assert.True(failures.Count == 0, $"{failures.Count} deliveries failed: {failures.FirstOrDefault()}");
        Assert.Equal(8, activated.Count);
        Assert.Equal(3, activated.Count(e => !e.InviterCapped));
    }
}
