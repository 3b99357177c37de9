using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using UserOps.Community.IntegrationTests.Growth;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Referrals;

public sealed record TopReferrerBody(Guid UserId, string DisplayName, int InvitesUsed, int Activations);

public sealed record ChannelRowBody(string Channel, int InvitesUsed, int Activations, double? ActivationRate);

public sealed record CodeRowBody(string Code, string Kind, string Channel, string? Label, int InvitesUsed, int Activations, double? ActivationRate);

public sealed record StatsBody(
    DateOnly From, DateOnly To, string? Channel, int MembersAtStart, int Registrations, int InvitesUsed, int Activations, int Revoked,
    double? ActivationRate, double? MedianHoursToActivation, double? InvitationsPerMember, double? ViralCoefficient,
    IReadOnlyList<TopReferrerBody> TopReferrers, IReadOnlyList<ChannelRowBody> ByChannel, IReadOnlyList<CodeRowBody> ByCode);

public sealed class ReferralStatsTests
{
    private const double Precision = 1e-9;

    /// <summary>
    /// Day 0: admin (bootstrap), inviters A and B, and p0 (invited by B) exist: 4 members at the start of the period.
    /// Day 1 08:00: a1, a2, a3 (A's code), b1 (B's code), c1, c2 (campaign wechat-article-nov) and n1 (no code) sign up.
    /// a1 activates at 10:00 (2 h), b1 at 12:00 (4 h), a2 at 14:00 (6 h), c1 at 18:00 (10 h); a3 is banned (revoked); c2 does nothing.
    /// Day 3: d1 signs up with A's code, outside the period [day 1, day 2].
    /// Hand-computed: invitesUsed 6, activations 4, rate 4/6, median (4+6)/2 = 5 h, i = 6/4 = 1.5, K = 1.5 × 4/6 = 1.
    /// </summary>
    [Fact]
    public async Task Given_a_hand_computed_fixture_Then_the_stats_match_it_overall_and_for_one_channel()
    {
        var day0 = DateTime.UtcNow.Date.AddDays(10);
        var clock = new FakeTimeProvider(new DateTimeOffset(day0.AddHours(8), TimeSpan.Zero));
        await using var factory = await CommunityApiFactory.CreateAsync(o =>
        {
            o.Clock = clock;
            o.With("Identity:AccessTokenLifetime", "3.00:00:00");
        });
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var a = await factory.CreateMemberAsync();
        var b = await factory.CreateMemberAsync();
        var codeA = (await a.Client.MyInviteAsync()).Code;
        var codeB = (await b.Client.MyInviteAsync()).Code;
        var campaign = (await admin.CreateCampaignAsync("wechat-article-nov")).Code;
        await factory.CreateMemberAsync(inviteCode: codeB);

        clock.Advance(TimeSpan.FromDays(1));
        var a1 = await factory.CreateMemberAsync(inviteCode: codeA);
        var a2 = await factory.CreateMemberAsync(inviteCode: codeA);
        var a3 = await factory.CreateMemberAsync(inviteCode: codeA);
        var b1 = await factory.CreateMemberAsync(inviteCode: codeB);
        var c1 = await factory.CreateMemberAsync(inviteCode: campaign);
        await factory.CreateMemberAsync(inviteCode: campaign);
        await factory.CreateMemberAsync();
        foreach (var invitee in new[] { a1, a2, b1, c1 })
        {
            await invitee.Client.CompleteProfileAsync();
            await invitee.Client.JoinAsync(group);
        }

        foreach (var (invitee, hours) in new[] { (a1, 2), (b1, 2), (a2, 2), (c1, 4) })
        {
            clock.Advance(TimeSpan.FromHours(hours));
            await invitee.Client.PublishAsync(group);
        }

        await admin.BanAsync(a3.Id);
        await factory.DrainOutboxAsync();
        clock.Advance(TimeSpan.FromDays(2));
        await factory.CreateMemberAsync(inviteCode: codeA);
        await factory.DrainOutboxAsync();

        var day1 = DateOnly.FromDateTime(day0.AddDays(1));
        admin = await factory.CreateAdminClientAsync();
        var stats = (await admin.GetFromJsonAsync<StatsBody>($"/api/admin/referrals/stats?from={day1:yyyy-MM-dd}&to={day1.AddDays(1):yyyy-MM-dd}"))!;

        Assert.Equal((4, 7, 6, 4, 1), (stats.MembersAtStart, stats.Registrations, stats.InvitesUsed, stats.Activations, stats.Revoked));
        Assert.Equal(4.0 / 6, stats.ActivationRate!.Value, Precision);
        Assert.Equal(5.0, stats.MedianHoursToActivation!.Value, Precision);
        Assert.Equal(1.5, stats.InvitationsPerMember!.Value, Precision);
        Assert.Equal(1.0, stats.ViralCoefficient!.Value, Precision);
        Assert.Equal([(a.Id, 3, 2), (b.Id, 1, 1)], stats.TopReferrers.Select(t => (t.UserId, t.InvitesUsed, t.Activations)));
        Assert.Equal([("member", 4, 3), ("wechat-article-nov", 2, 1)], stats.ByChannel.Select(c => (c.Channel, c.InvitesUsed, c.Activations)));
        Assert.Equal(0.75, stats.ByChannel[0].ActivationRate!.Value, Precision);
        Assert.Equal([(codeA, 3, 2), (campaign, 2, 1), (codeB, 1, 1)], stats.ByCode.Select(c => (c.Code, c.InvitesUsed, c.Activations)));
        Assert.Equal(("campaign", "Campaign"), (stats.ByCode[1].Kind, stats.ByCode[1].Label));

        var wechat = (await admin.GetFromJsonAsync<StatsBody>($"/api/admin/referrals/stats?from={day1:yyyy-MM-dd}&to={day1.AddDays(1):yyyy-MM-dd}&channel=wechat-article-nov"))!;
        Assert.Equal((4, 7, 2, 1, 0), (wechat.MembersAtStart, wechat.Registrations, wechat.InvitesUsed, wechat.Activations, wechat.Revoked));
        Assert.Equal(10.0, wechat.MedianHoursToActivation!.Value, Precision);
        Assert.Equal(0.5, wechat.InvitationsPerMember!.Value, Precision);
        Assert.Equal(0.25, wechat.ViralCoefficient!.Value, Precision);
        Assert.Empty(wechat.TopReferrers);
    }

    [Fact]
    public async Task Given_a_period_with_no_referrals_Then_rates_are_null_rather_than_a_division_by_zero()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();

        var stats = (await admin.GetFromJsonAsync<StatsBody>("/api/admin/referrals/stats?from=2020-01-01&to=2020-01-31"))!;

        Assert.Equal((0, 0, 0), (stats.MembersAtStart, stats.InvitesUsed, stats.Activations));
        Assert.Null(stats.ActivationRate);
        Assert.Null(stats.ViralCoefficient);
        Assert.Null(stats.MedianHoursToActivation);
    }

    [Theory]
    [InlineData("from=2026-02-01&to=2026-01-01")]
    [InlineData("from=2024-01-01&to=2026-01-01")]
    public async Task Given_a_reversed_or_too_long_period_Then_it_is_a_400_on_from(string query)
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();

        using var response = await admin.GetAsync($"/api/admin/referrals/stats?{query}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.Errors.ContainsKey("from"));
    }
}
