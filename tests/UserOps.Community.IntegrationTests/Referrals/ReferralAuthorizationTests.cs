using System.Net;
using System.Net.Http.Json;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Referrals;

public sealed class ReferralAuthorizationTests
{
    public static TheoryData<string, string, string> MemberEndpoints => new()
    {
        { "GET", "/api/me/invite", "" },
        { "POST", "/api/me/invites", "{\"label\":\"x\"}" },
        { "GET", "/api/me/invites", "" },
        { "DELETE", "/api/me/invites/ABCDEFGH", "" },
        { "GET", "/api/me/referrals", "" },
    };

    public static TheoryData<string, string, string> OperatorEndpoints => new()
    {
        { "POST", "/api/admin/invites", "{\"label\":\"x\",\"channel\":\"wechat\"}" },
        { "GET", "/api/admin/invites", "" },
        { "DELETE", "/api/admin/invites/ABCDEFGH", "" },
        { "GET", "/api/admin/referrals/stats", "" },
        { "POST", $"/api/admin/users/{Guid.Empty}/ban", "{\"reason\":\"x\"}" },
        { "DELETE", $"/api/admin/users/{Guid.Empty}/ban", "" },
    };

    [Theory]
    [MemberData(nameof(MemberEndpoints))]
    [MemberData(nameof(OperatorEndpoints))]
    public async Task Given_an_anonymous_caller_Then_member_and_operator_endpoints_are_401(string method, string path, string body)
    {
        await using var factory = await CommunityApiFactory.CreateAsync();

        using var response = await factory.CreateClient().SendAsync(Request(method, path, body));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(OperatorEndpoints))]
    public async Task Given_a_member_Then_operator_endpoints_are_403(string method, string path, string body)
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();

        using var response = await member.Client.SendAsync(Request(method, path, body));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Given_an_anonymous_caller_Then_the_public_invite_page_and_referrers_board_answer()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();
        var code = await member.Client.MyInviteAsync();
        var anonymous = factory.CreateClient();

        Assert.True((await anonymous.PublicInviteAsync(code.Code)).Valid);
        using var board = await anonymous.GetAsync("/api/leaderboards/referrers?period=all");
        await board.ShouldBeAsync(HttpStatusCode.OK);
    }

    private static HttpRequestMessage Request(string method, string path, string body) =>
        new(new HttpMethod(method), path) { Content = body.Length == 0 ? null : new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
}
