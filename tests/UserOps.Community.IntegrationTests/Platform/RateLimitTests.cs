using System.Net;
using System.Net.Http.Json;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Platform;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Given_one_IP_over_the_auth_limit_Then_429_rate_limited_with_Retry_After_while_another_IP_still_gets_through()
    {
        await using var factory = await CommunityApiFactory.CreateAsync(o => o
            .With("RateLimiting:Auth:PermitLimit", 3)
            .With("RateLimiting:Auth:Window", "00:01:00"));
        var noisy = ClientFrom(factory, "203.0.113.7");
        var quiet = ClientFrom(factory, "203.0.113.8");

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await noisy.LoginAsync(ApiClient.NewEmail(), ApiClient.Password);
            await allowed.ShouldBeAsync(HttpStatusCode.Unauthorized);
        }

        // The limit covers every auth endpoint of that IP, not just the one that used it up.
        using var limited = await noisy.RegisterAsync(ApiClient.Registration(ApiClient.NewEmail()));
        await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.InRange(limited.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        using var refresh = await noisy.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "x" });
        await refresh.ShouldBeAsync(HttpStatusCode.TooManyRequests);

        using var otherIp = await quiet.RegisterAsync(ApiClient.Registration(ApiClient.NewEmail()));
        await otherIp.ShouldBeAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Given_one_member_over_the_write_limit_Then_429_with_Retry_After_while_another_member_can_still_write()
    {
        await using var factory = await CommunityApiFactory.CreateAsync(o => o
            .With("RateLimiting:Writes:PermitLimit", 3)
            .With("RateLimiting:Writes:Window", "00:01:00"));
        var busy = await factory.CreateMemberAsync();
        var other = await factory.CreateMemberAsync();

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await busy.Client.PatchAsJsonAsync("/api/me", new { region = $"R{i}" });
            await allowed.ShouldBeAsync(HttpStatusCode.OK);
        }

        using var limited = await busy.Client.PatchAsJsonAsync("/api/me", new { region = "R3" });
        await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.NotNull(limited.Headers.RetryAfter?.Delta);

        // Reads are not limited, and the limit is per member.
        using var read = await busy.Client.GetAsync("/api/me");
        await read.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("R2", (await read.Content.ReadFromJsonAsync<ProfileBody>())!.Region);
        using var otherWrite = await other.Client.PatchAsJsonAsync("/api/me", new { region = "Elsewhere" });
        await otherWrite.ShouldBeAsync(HttpStatusCode.OK);
    }

    private static HttpClient ClientFrom(CommunityApiFactory factory, string ip)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(CommunityApiFactory.ClientIpHeader, ip);
        return client;
    }
}
