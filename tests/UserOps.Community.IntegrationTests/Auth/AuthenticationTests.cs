using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Auth;

public sealed class AuthenticationTests
{
    [Fact]
    public async Task Given_a_registered_member_When_they_sign_in_Then_the_bearer_token_opens_their_profile()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();

        Assert.Equal("Bearer", member.Tokens.TokenType);
        Assert.True(member.Tokens.ExpiresIn > 0);
        var profile = await member.Client.GetFromJsonAsync<ProfileBody>("/api/me");
        Assert.Equal(member.Email, profile!.Email);
        Assert.Equal(["Member"], profile.Roles);
    }

    [Fact]
    public async Task Given_a_bearer_token_that_has_opened_the_profile_When_it_expires_Then_it_is_refused()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.Clock = clock);
        var member = await factory.CreateMemberAsync();
        using var fresh = await member.Client.GetAsync("/api/me");
        await fresh.ShouldBeAsync(HttpStatusCode.OK);

        clock.Advance(TimeSpan.FromSeconds(member.Tokens.ExpiresIn - 1));
        using var stillValid = await member.Client.GetAsync("/api/me");
        clock.Advance(TimeSpan.FromSeconds(2));
        using var expired = await member.Client.GetAsync("/api/me");

        await stillValid.ShouldBeAsync(HttpStatusCode.OK);
        await expired.ShouldBeAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_a_refresh_token_When_it_is_exchanged_Then_new_tokens_work()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();

        using var refreshed = await factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = member.Tokens.RefreshToken });

        await refreshed.ShouldBeAsync(HttpStatusCode.OK);
        var tokens = (await refreshed.Content.ReadFromJsonAsync<TokenResponse>())!;
        using var me = await factory.CreateBearerClient(tokens.AccessToken).GetAsync("/api/me");
        await me.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_a_member_who_logged_out_When_they_refresh_Then_the_refresh_token_is_refused()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();

        using var logout = await member.Client.PostAsync("/api/auth/logout", null);
        await logout.ShouldBeAsync(HttpStatusCode.NoContent);

        using var refreshed = await factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = member.Tokens.RefreshToken });
        await refreshed.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_refresh_token");
    }

    [Fact]
    public async Task Given_a_garbage_refresh_token_When_it_is_exchanged_Then_401_invalid_refresh_token()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();

        using var refreshed = await factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "not-a-token" });

        await refreshed.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_refresh_token");
    }

    [Fact]
    public async Task Given_cookie_login_Then_an_HttpOnly_cookie_is_set_and_it_opens_the_profile()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();
        var browser = factory.CreateClient();

        using var login = await browser.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = member.Email, password = member.Password });

        await login.ShouldBeAsync(HttpStatusCode.OK);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("userops.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        using var me = await browser.GetAsync("/api/me");
        await me.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(member.Email, (await me.Content.ReadFromJsonAsync<ProfileBody>())!.Email);
    }

    [Fact]
    public async Task Given_a_cookie_session_When_the_member_logs_out_Then_the_cookie_no_longer_opens_the_profile()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();
        var browser = factory.CreateClient();
        using var login = await browser.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = member.Email, password = member.Password });
        await login.ShouldBeAsync(HttpStatusCode.OK);

        using var logout = await browser.PostAsync("/api/auth/logout", null);
        await logout.ShouldBeAsync(HttpStatusCode.NoContent);

        using var me = await browser.GetAsync("/api/me");
        await me.ShouldBeAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_a_wrong_password_When_signing_in_Then_401_invalid_credentials()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();

        using var login = await factory.CreateClient().LoginAsync(member.Email, "Wrong!Passw0rd");

        await login.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
    }

    [Fact]
    public async Task Given_an_unknown_email_When_signing_in_Then_401_invalid_credentials()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();

        using var login = await factory.CreateClient().LoginAsync(ApiClient.NewEmail(), ApiClient.Password);

        await login.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
    }

    [Fact]
    public async Task Given_repeated_wrong_passwords_When_the_limit_is_reached_Then_429_account_locked_out_with_Retry_After()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();
        var client = factory.CreateClient();
        const int maxFailedAttempts = 5;

        for (var attempt = 1; attempt < maxFailedAttempts; attempt++)
        {
            using var failed = await client.LoginAsync(member.Email, "Wrong!Passw0rd");
            await failed.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        }

        using var locked = await client.LoginAsync(member.Email, "Wrong!Passw0rd");
        await locked.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "account_locked_out");
        var retryAfter = locked.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));

        // Locked out means locked out: even the right password is refused until the lockout ends.
        using var rightPassword = await client.LoginAsync(member.Email, member.Password);
        await rightPassword.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "account_locked_out");
        Assert.NotNull(rightPassword.Headers.RetryAfter?.Delta);
    }
}
