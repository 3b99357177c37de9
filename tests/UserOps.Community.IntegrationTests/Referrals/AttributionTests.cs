using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.IntegrationTests.Growth;
using UserOps.Community.IntegrationTests.Infrastructure;
using UserOps.Community.Referrals.Contracts;

namespace UserOps.Community.IntegrationTests.Referrals;

public sealed class AttributionTests
{
    [Fact]
    public async Task Given_registration_with_a_personal_code_Then_the_invitee_is_attributed_to_the_inviter_and_ReferralAttributed_is_published()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var inviter = await factory.CreateMemberAsync();
        var code = await inviter.Client.MyInviteAsync();

        var invitee = await factory.CreateMemberAsync(inviteCode: code.Code.ToLowerInvariant());
        await factory.DrainOutboxAsync();

        var mine = await inviter.Client.MyReferralsAsync();
        var referral = Assert.Single(mine.Items);
        Assert.Equal((invitee.Id, "registered", code.Code, "member", 0), (referral.Invitee.Id, referral.Status, referral.Code, referral.Channel, referral.PointsEarned));
        Assert.Equal(new MyReferralsSummaryBody(1, 0, 0, 0), mine.Summary);
        var attributed = Assert.Single(await factory.OutboxEventsAsync<ReferralAttributed>());
        Assert.Equal((invitee.Id, (Guid?)inviter.Id, code.Code, (Guid?)null), (attributed.InviteeId, attributed.InviterId, attributed.Code, attributed.GroupId));
        Assert.Equal(1, (await inviter.Client.MyInviteAsync()).Uses);
        Assert.DoesNotContain(await invitee.Client.LedgerAsync(), l => l.SourceType == "ReferralActivated");
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("exhausted")]
    [InlineData("revoked")]
    [InlineData("not_found")]
    public async Task Given_an_unusable_code_Then_registration_is_a_400_invite_invalid_with_the_reason_and_no_account_exists(string reason)
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.Clock = clock);
        var inviter = await factory.CreateMemberAsync();
        var code = reason switch
        {
            "expired" => (await inviter.Client.CreateInviteAsync(new { expiresAt = clock.GetUtcNow().AddMinutes(5) })).Code,
            "exhausted" => (await inviter.Client.CreateInviteAsync(new { maxUses = 1 })).Code,
            "revoked" => (await inviter.Client.CreateInviteAsync(new { label = "x" })).Code,
            _ => "ZZZZ2222",
        };
        if (reason == "exhausted")
        {
            await factory.CreateMemberAsync(inviteCode: code);
        }
        else if (reason == "revoked")
        {
            (await inviter.Client.DeleteAsync($"/api/me/invites/{code}")).Dispose();
        }

        clock.Advance(TimeSpan.FromMinutes(10));
        var email = ApiClient.NewEmail();
        using var response = await factory.CreateClient().RegisterAsync(ApiClient.Registration(email, inviteCode: code));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invite_invalid");
        Assert.Equal(reason, problem.Body.GetProperty("reason").GetString());
        Assert.Equal(0, await factory.CountUsersWithEmailAsync(email));
        using var retry = await factory.CreateClient().RegisterAsync(ApiClient.Registration(email));
        await retry.ShouldBeAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Given_a_code_with_3_uses_and_12_concurrent_sign_ups_Then_exactly_3_accounts_are_created_and_attributed()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var inviter = await factory.CreateMemberAsync();
        var code = await inviter.Client.CreateInviteAsync(new { label = "three", maxUses = 3 });
        var emails = Enumerable.Range(0, 12).Select(_ => ApiClient.NewEmail()).ToList();

        var responses = await Task.WhenAll(emails.Select(async email =>
        {
            using var response = await factory.CreateClient().RegisterAsync(ApiClient.Registration(email, inviteCode: code.Code));
            return (email, response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r =>
        {
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.Equal("exhausted", JsonDocument.Parse(r.Body).RootElement.GetProperty("reason").GetString());
        });
        var created = 0;
        foreach (var (email, _, _) in responses)
        {
            created += await factory.CountUsersWithEmailAsync(email);
        }

        Assert.Equal(3, created);
        Assert.Equal(3, (await inviter.Client.MyReferralsAsync()).Items.Count);
        Assert.Equal(0, (await factory.CreateClient().PublicInviteAsync(code.Code)).RemainingUses);
    }

    [Fact]
    public async Task Given_the_redeem_service_Then_self_referral_loops_and_a_second_attribution_are_refused()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var alice = await factory.CreateMemberAsync();
        var aliceCode = await alice.Client.MyInviteAsync();
        var bob = await factory.CreateMemberAsync(inviteCode: aliceCode.Code);
        var bobCode = await bob.Client.MyInviteAsync();
        var carol = await factory.CreateMemberAsync(inviteCode: bobCode.Code);
        var carolCode = await carol.Client.MyInviteAsync();

        Assert.Equal("self_referral", (await RedeemAsync(factory, aliceCode.Code, alice.Id)).Reason);
        Assert.Equal("referral_loop", (await RedeemAsync(factory, carolCode.Code, alice.Id)).Reason);
        Assert.Equal("already_attributed", (await RedeemAsync(factory, aliceCode.Code, carol.Id)).Reason);
        Assert.Equal(1, (await alice.Client.MyInviteAsync()).Uses);
        Assert.Empty((await carol.Client.MyReferralsAsync()).Items);
    }

    [Fact]
    public async Task Given_a_group_owners_code_Then_the_new_member_joins_the_group_through_the_membership_path()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreateMemberAsync();
        var ownerClient = await factory.WithRoleAsync(admin, owner, "Operator");
        var groupId = await ownerClient.CreateGroupAsync();
        var code = await ownerClient.CreateInviteAsync(new { label = "Join", groupId });

        var invitee = await factory.CreateMemberAsync(inviteCode: code.Code);
        await factory.DrainOutboxAsync();

        var members = await ownerClient.GetFromJsonAsync<JsonElement>($"/api/groups/{groupId}/members");
        Assert.Contains(members.GetProperty("items").EnumerateArray(), m => m.GetProperty("userId").GetGuid() == invitee.Id);
        var group = await ownerClient.GetFromJsonAsync<JsonElement>($"/api/groups/{groupId}");
        Assert.Equal(2, group.GetProperty("memberCount").GetInt32());
        var joined = Assert.Single(await factory.OutboxEventsAsync<MemberJoined>(), e => e.UserId == invitee.Id);
        Assert.Equal((groupId, "referral"), (joined.GroupId, joined.Via));
        var joinedReward = (await invitee.Client.LedgerAsync()).Where(l => l.SourceType == "MemberJoined").Sum(l => l.Amount);
        Assert.Equal(1, joinedReward);
    }

    private static async Task<InviteCodeCheck> RedeemAsync(CommunityApiFactory factory, string code, Guid inviteeId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await scope.ServiceProvider.GetRequiredService<IInviteCodes>().RedeemAsync(code, inviteeId, CancellationToken.None);
        await transaction.CommitAsync();
        return result;
    }
}
