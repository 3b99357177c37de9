using System.Net;
using System.Net.Http.Json;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Growth;

public sealed class GrowthAuthorizationTests
{
    private static IEnumerable<(string Name, Func<HttpClient, Guid, Guid, Task<HttpResponseMessage>> Send)> AdminRoutes()
    {
        yield return ("GET rules", (c, _, _) => c.GetAsync("/api/admin/point-rules"));
        yield return ("GET catalogue", (c, _, _) => c.GetAsync("/api/admin/point-rules/catalogue"));
        yield return ("GET audit", (c, _, _) => c.GetAsync("/api/admin/point-rules/audit"));
        yield return ("POST rule", (c, _, _) => c.PostAsJsonAsync("/api/admin/point-rules", new RuleInput(Name: "Auth check")));
        yield return ("PUT rule", (c, rule, _) => c.PutAsJsonAsync($"/api/admin/point-rules/{rule}", new RuleInput(Name: "Auth check 2")));
        yield return ("POST preview", (c, _, _) => c.PostAsJsonAsync("/api/admin/point-rules/preview", new { rule = new RuleInput(), days = 7 }));
        yield return ("PUT levels", (c, _, _) => c.PutAsJsonAsync("/api/admin/levels", new { levels = new[] { new { number = 1, nameEn = "One", nameZh = "一", xpThreshold = 0 } } }));
        yield return ("POST grant", (c, _, member) => c.PostAsJsonAsync($"/api/admin/users/{member}/points", new { amount = 5, reason = "Auth check" }));
        yield return ("DELETE rule", (c, rule, _) => c.DeleteAsync($"/api/admin/point-rules/{rule}"));
    }

    [Fact]
    public async Task Given_each_admin_growth_route_Then_anonymous_401_member_403_and_operator_succeeds()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var member = await factory.CreateMemberAsync();
        var operatorMember = await factory.CreateMemberAsync();
        var operatorClient = await factory.WithRoleAsync(admin, operatorMember, "Operator");
        var anonymous = factory.CreateClient();
        var rule = (await admin.CreateRuleAsync(new RuleInput(Name: "Target"))).Id;

        foreach (var (name, send) in AdminRoutes())
        {
            using var unauthenticated = await send(anonymous, rule, member.Id);
            Assert.True(unauthenticated.StatusCode == HttpStatusCode.Unauthorized, $"{name} anonymous: {unauthenticated.StatusCode}");
            using var forbidden = await send(member.Client, rule, member.Id);
            Assert.True(forbidden.StatusCode == HttpStatusCode.Forbidden, $"{name} member: {forbidden.StatusCode}");
            using var allowed = await send(operatorClient, rule, member.Id);
            Assert.True(allowed.IsSuccessStatusCode, $"{name} operator: {allowed.StatusCode} {await allowed.Content.ReadAsStringAsync()}");
        }
    }

    [Theory]
    [InlineData("/points")]
    [InlineData("/points/ledger")]
    public async Task Given_a_members_points_route_Then_only_staff_may_read_it(string suffix)
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var member = await factory.CreateMemberAsync();
        var other = await factory.CreateMemberAsync();
        var moderator = await factory.WithRoleAsync(admin, await factory.CreateMemberAsync(), "Moderator");
        var operatorClient = await factory.WithRoleAsync(admin, await factory.CreateMemberAsync(), "Operator");
        await admin.GrantAsync(member.Id, 12);
        var path = $"/api/users/{member.Id}{suffix}";

        using (var anonymous = await factory.CreateClient().GetAsync(path))
        {
            await anonymous.ShouldBeAsync(HttpStatusCode.Unauthorized);
        }

        using (var asOther = await other.Client.GetAsync(path))
        {
            await asOther.ShouldBeAsync(HttpStatusCode.Forbidden);
        }

        using (var asSelf = await member.Client.GetAsync(path))
        {
            await asSelf.ShouldBeAsync(HttpStatusCode.Forbidden);
        }

        foreach (var staff in new[] { moderator, operatorClient, admin })
        {
            using var allowed = await staff.GetAsync(path);
            await allowed.ShouldBeAsync(HttpStatusCode.OK);
            Assert.Contains("12", await allowed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
