using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using UserOps.Community.BuildingBlocks.Outbox;

namespace UserOps.Community.IntegrationTests.Infrastructure;

public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);

public sealed record ProfileBody(
    Guid Id,
    string Email,
    string DisplayName,
    string? Bio,
    string? AvatarUrl,
    string TimeZone,
    string Locale,
    IReadOnlyList<string> Interests,
    string? Region,
    bool ProfileComplete,
    IReadOnlyList<string> Roles,
    DateTime CreatedAt);

/// <summary>A signed-in member: the client sends its bearer token.</summary>
public sealed record SignedInMember(Guid Id, string Email, string Password, HttpClient Client, TokenResponse Tokens);

public sealed record Problem(JsonElement Body)
{
    public int Status => Body.GetProperty("status").GetInt32();

    public string Code => Body.GetProperty("code").GetString()!;

    public IReadOnlyDictionary<string, string[]> Errors =>
        Body.TryGetProperty("errors", out var errors)
            ? errors.EnumerateObject().ToDictionary(
                p => p.Name, p => p.Value.EnumerateArray().Select(e => e.GetString()!).ToArray(), StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string[]>();
}

public static class ApiClient
{
    public const string Password = "Member!Passw0rd";

    public static object Registration(string email, string? timeZone = null, string? locale = null, string? inviteCode = null, string? password = null) =>
        new { email, password = password ?? Password, displayName = "Test Member", timeZone, locale, inviteCode };

    public static string NewEmail() => $"m{Guid.NewGuid():N}@test.local";

    public static Task<HttpResponseMessage> RegisterAsync(this HttpClient client, object registration) =>
        client.PostAsJsonAsync("/api/auth/register", registration);

    public static Task<HttpResponseMessage> LoginAsync(this HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/auth/login", new { email, password });

    public static async Task<TokenResponse> LoginForTokensAsync(this HttpClient client, string email, string password)
    {
        using var response = await client.LoginAsync(email, password);
        await response.ShouldBeAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
    }

    /// <summary>Registers a member, signs in, and returns a client that sends the bearer token.</summary>
    public static async Task<SignedInMember> CreateMemberAsync(
        this CommunityApiFactory factory, string? timeZone = null, string? inviteCode = null)
    {
        var email = NewEmail();
        var anonymous = factory.CreateClient();
        using var registered = await anonymous.RegisterAsync(Registration(email, timeZone, inviteCode: inviteCode));
        await registered.ShouldBeAsync(HttpStatusCode.Created);
        var profile = (await registered.Content.ReadFromJsonAsync<ProfileBody>())!;
        var tokens = await anonymous.LoginForTokensAsync(email, Password);
        return new SignedInMember(profile.Id, email, Password, factory.CreateBearerClient(tokens.AccessToken), tokens);
    }

    public static async Task<HttpClient> CreateAdminClientAsync(this CommunityApiFactory factory)
    {
        var tokens = await factory.CreateClient().LoginForTokensAsync(CommunityApiFactory.AdminEmail, CommunityApiFactory.AdminPassword);
        return factory.CreateBearerClient(tokens.AccessToken);
    }

    public static HttpClient CreateBearerClient(this CommunityApiFactory factory, string accessToken)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public static async Task<Problem> ReadProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return new Problem(await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public static async Task<Problem> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        await response.ShouldBeAsync(status);
        var problem = await response.ReadProblemAsync();
        Assert.Equal((int)status, problem.Status);
        Assert.Equal(code, problem.Code);
        return problem;
    }

    /// <summary>Asserts the status, showing the body when it differs so a failure explains itself.</summary>
    public static async Task ShouldBeAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Fail($"Expected {(int)status} {status} but got {(int)response.StatusCode} {response.StatusCode}: {body}");
        }
    }

    public static Task<OutboxPage> GetOutboxAsync(this HttpClient admin, string status) =>
        admin.GetFromJsonPageAsync($"/api/admin/outbox?status={status}&limit=200");

    public static async Task<OutboxPage> GetFromJsonPageAsync(this HttpClient admin, string path)
    {
        using var response = await admin.GetAsync(path);
        await response.ShouldBeAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<OutboxPage>())!;
    }
}
