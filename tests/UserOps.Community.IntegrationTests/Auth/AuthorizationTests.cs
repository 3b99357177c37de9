using System.Net;
using System.Net.Http.Json;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Auth;

/// <summary>Every endpoint, as anonymous, member and admin: 401 before 403, and admins get through.</summary>
public sealed class AuthorizationTests
{
    private static readonly string SomeUserRoles = $"/api/admin/users/{Guid.NewGuid()}/roles";

    public static TheoryData<string, string> SignedInEndpoints => new()
    {
        { "GET", "/api/me" },
        { "PATCH", "/api/me" },
        { "POST", "/api/auth/logout" },
        { "PUT", SomeUserRoles },
        { "GET", "/api/admin/outbox" },
        { "POST", "/api/admin/outbox/987654321/retry" },
    };

    public static TheoryData<string, string> AdminEndpoints => new()
    {
        { "PUT", SomeUserRoles },
        { "GET", "/api/admin/outbox" },
        { "GET", "/api/admin/outbox?status=processed" },
        { "POST", "/api/admin/outbox/987654321/retry" },
    };

    public static TheoryData<string, string> AnonymousEndpoints => new()
    {
        { "POST", "/api/auth/register" },
        { "POST", "/api/auth/login" },
        { "POST", "/api/auth/refresh" },
        { "GET", "/health/live" },
        { "GET", "/health/ready" },
        { "GET", "/openapi/v1.json" },
    };

    [Theory]
    [MemberData(nameof(SignedInEndpoints))]
    public async Task Given_no_credentials_When_calling_a_protected_endpoint_Then_401_unauthorized(string method, string path)
    {
        await using var factory = await CommunityApiFactory.CreateAsync();

        using var response = await factory.CreateClient().SendAsync(Request(method, path));

        await response.ShouldBeAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(SignedInEndpoints))]
    public async Task Given_an_invalid_bearer_token_When_calling_a_protected_endpoint_Then_401(string method, string path)
    {
        await using var factory = await CommunityApiFactory.CreateAsync();

        using var response = await factory.CreateBearerClient("not-a-real-token").SendAsync(Request(method, path));

        await response.ShouldBeAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(AdminEndpoints))]
    public async Task Given_a_member_When_calling_an_admin_endpoint_Then_403_forbidden(string method, string path)
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();

        using var response = await member.Client.SendAsync(Request(method, path));

        await response.ShouldBeAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(AdminEndpoints))]
    public async Task Given_an_admin_When_calling_an_admin_endpoint_Then_it_is_let_through(string method, string path)
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();

        using var response = await admin.SendAsync(Request(method, path));

        // Past authorisation: the endpoint itself answers (the user and message do not exist).
        Assert.DoesNotContain(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.NotFound });
    }

    [Theory]
    [MemberData(nameof(AnonymousEndpoints))]
    public async Task Given_no_credentials_When_calling_a_public_endpoint_Then_it_is_not_refused_for_lack_of_them(string method, string path)
    {
        await using var factory = await CommunityApiFactory.CreateAsync();

        using var response = await factory.CreateClient().SendAsync(Request(method, path));

        // Empty bodies are refused as requests (400) or bad credentials (401 with a problem code), never 403.
        Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            Assert.NotEqual("unauthorized", (await response.ReadProblemAsync()).Code);
        }
    }

    [Fact]
    public async Task Given_a_member_When_reading_their_profile_Then_200()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();

        using var response = await member.Client.GetAsync("/api/me");

        await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_no_credentials_Then_the_401_is_a_problem_with_code_unauthorized()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();

        using var response = await factory.CreateClient().GetAsync("/api/me");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Given_a_member_Then_the_403_is_a_problem_with_code_forbidden()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();

        using var response = await member.Client.GetAsync("/api/admin/outbox");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    private static HttpRequestMessage Request(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = path.EndsWith("/roles", StringComparison.Ordinal)
                ? JsonContent.Create(new { roles = new[] { "Moderator" } })
                : JsonContent.Create(new { });
        }

        return request;
    }
}
