using System.Net;
using System.Net.Http.Json;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.IntegrationTests.Growth;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Referrals;

public sealed class BanTests
{
    [Fact]
    public async Task Given_a_banned_member_Then_sign_in_is_refused_refresh_fails_and_MemberBanned_is_published_once()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var operatorClient = await factory.OperatorAsync();
        var member = await factory.CreateMemberAsync();

        await operatorClient.BanAsync(member.Id, "Spam");
        await operatorClient.BanAsync(member.Id, "Spam again");

        using var login = await factory.CreateClient().LoginAsync(member.Email, member.Password);
        await login.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "account_banned");
        using var refresh = await factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = member.Tokens.RefreshToken });
        await refresh.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_refresh_token");
        var banned = Assert.Single(await factory.OutboxEventsAsync<MemberBanned>());
        Assert.Equal((member.Id, "Spam"), (banned.UserId, banned.Reason));
    }

    [Fact]
    public async Task Given_a_member_with_a_live_access_token_When_banned_Then_their_next_request_is_unauthorised_until_the_ban_is_lifted()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var member = await factory.CreateMemberAsync();
        using (var before = await member.Client.GetAsync("/api/me"))
        {
            await before.ShouldBeAsync(HttpStatusCode.OK);
        }

        await admin.BanAsync(member.Id);
        using (var banned = await member.Client.GetAsync("/api/me"))
        {
            await banned.ShouldBeAsync(HttpStatusCode.Unauthorized);
        }

        using var post = await member.Client.PostAsJsonAsync("/api/check-ins", new { });
        await post.ShouldBeAsync(HttpStatusCode.Unauthorized);
        using (var lifted = await admin.DeleteAsync($"/api/admin/users/{member.Id}/ban"))
        {
            await lifted.ShouldBeAsync(HttpStatusCode.OK);
        }

        using var afterLift = await member.Client.GetAsync("/api/me");
        await afterLift.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_a_lifted_ban_Then_the_member_signs_in_again_and_MemberUnbanned_is_published()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var member = await factory.CreateMemberAsync();
        await admin.BanAsync(member.Id);

        using var lifted = await admin.DeleteAsync($"/api/admin/users/{member.Id}/ban");

        await lifted.ShouldBeAsync(HttpStatusCode.OK);
        await factory.CreateClient().LoginForTokensAsync(member.Email, member.Password);
        Assert.Single(await factory.OutboxEventsAsync<MemberUnbanned>(), e => e.UserId == member.Id);
    }

    [Fact]
    public async Task Given_bad_ban_requests_Then_they_are_refused_with_stable_codes()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var operatorMember = await factory.CreateMemberAsync();
        var operatorClient = await factory.WithRoleAsync(admin, operatorMember, "Operator");
        var adminId = (await admin.GetFromJsonAsync<ProfileBody>("/api/me"))!.Id;

        using var self = await operatorClient.PostAsJsonAsync($"/api/admin/users/{operatorMember.Id}/ban", new { reason = "x" });
        await self.ShouldBeProblemAsync(HttpStatusCode.Conflict, "cannot_ban_self");
        using var anAdmin = await operatorClient.PostAsJsonAsync($"/api/admin/users/{adminId}/ban", new { reason = "x" });
        await anAdmin.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "cannot_ban_admin");
        using var missing = await operatorClient.PostAsJsonAsync($"/api/admin/users/{Guid.NewGuid()}/ban", new { reason = "x" });
        await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        using var noReason = await operatorClient.PostAsJsonAsync($"/api/admin/users/{adminId}/ban", new { reason = "" });
        var problem = await noReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.Errors.ContainsKey("reason"));
        await factory.CreateClient().LoginForTokensAsync(CommunityApiFactory.AdminEmail, CommunityApiFactory.AdminPassword);
    }
}
