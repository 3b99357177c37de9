using System.Net;
using System.Net.Http.Json;
using System.Text;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.IntegrationTests.Infrastructure;
using UserOps.Community.IntegrationTests.Referrals;

namespace UserOps.Community.IntegrationTests.Auth;

public sealed class RegistrationTests
{
    [Fact]
    public async Task Given_a_valid_registration_Then_201_with_the_profile_and_a_location()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var email = ApiClient.NewEmail();

        using var response = await factory.CreateClient().RegisterAsync(ApiClient.Registration(email, "Asia/Shanghai", "zh-CN"));

        await response.ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal("/api/me", response.Headers.Location?.OriginalString);
        var profile = (await response.Content.ReadFromJsonAsync<ProfileBody>())!;
        Assert.Equal(email, profile.Email);
        Assert.Equal("Asia/Shanghai", profile.TimeZone);
        Assert.Equal("zh-CN", profile.Locale);
        Assert.False(profile.ProfileComplete);
        Assert.Equal(["Member"], profile.Roles);
    }

    [Fact]
    public async Task Given_an_invite_code_When_registering_Then_UserRegistered_carries_it()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var code = (await (await factory.CreateAdminClientAsync()).CreateCampaignAsync("friends")).Code;

        var member = await factory.CreateMemberAsync(timeZone: "Asia/Shanghai", inviteCode: $"  {code} ");
        await factory.DrainOutboxAsync();

        var registered = Assert.Single(factory.Events.Of<UserRegistered>(), e => e.UserId == member.Id);
        Assert.Equal(code, registered.InviteCode);
        Assert.Equal("Asia/Shanghai", registered.TimeZone);
        Assert.Equal("en", registered.Locale);
    }

    [Fact]
    public async Task Given_no_invite_code_When_registering_Then_UserRegistered_has_none()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();

        var member = await factory.CreateMemberAsync();
        await factory.DrainOutboxAsync();

        Assert.Null(Assert.Single(factory.Events.Of<UserRegistered>(), e => e.UserId == member.Id).InviteCode);
    }

    public static TheoryData<string, object> InvalidRegistrations => new()
    {
        { "email", new { email = "not-an-email", password = ApiClient.Password, displayName = "Test" } },
        { "password", new { email = ApiClient.NewEmail(), password = "weak", displayName = "Test" } },
        { "password", new { email = ApiClient.NewEmail(), password = "alllowercaseletters", displayName = "Test" } },
        { "timeZone", new { email = ApiClient.NewEmail(), password = ApiClient.Password, displayName = "Test", timeZone = "Mars/Olympus_Mons" } },
        { "locale", new { email = ApiClient.NewEmail(), password = ApiClient.Password, displayName = "Test", locale = "fr-FR" } },
        { "displayName", new { email = ApiClient.NewEmail(), password = ApiClient.Password, displayName = "" } },
    };

    [Theory]
    [MemberData(nameof(InvalidRegistrations))]
    public async Task Given_an_invalid_field_When_registering_Then_400_validation_failed_names_the_field(string field, object registration)
    {
        await using var factory = await CommunityApiFactory.CreateAsync();

        using var response = await factory.CreateClient().RegisterAsync(registration);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.Errors.ContainsKey(field), $"Expected an error for '{field}' in {problem.Body}");
        Assert.All(problem.Errors.Values, messages => Assert.NotEmpty(messages));
    }

    [Fact]
    public async Task Given_malformed_json_When_registering_Then_400_malformed_request()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        using var content = new StringContent("{\"email\": \"a@b.c\", \"password\": ", Encoding.UTF8, "application/json");

        using var response = await factory.CreateClient().PostAsync("/api/auth/register", content);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "malformed_request");
    }

    [Fact]
    public async Task Given_a_field_of_the_wrong_type_When_registering_Then_400_malformed_request()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        using var content = new StringContent("{\"email\": 42, \"password\": [], \"displayName\": true}", Encoding.UTF8, "application/json");

        using var response = await factory.CreateClient().PostAsync("/api/auth/register", content);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "malformed_request");
    }

    [Fact]
    public async Task Given_a_body_over_the_size_limit_When_registering_Then_413_payload_too_large()
    {
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.With("Api:MaxRequestBodyBytes", 1024));
        var registration = new { email = ApiClient.NewEmail(), password = ApiClient.Password, displayName = new string('x', 4096) };

        using var response = await factory.CreateClient().PostAsync("/api/auth/register", JsonContent.Create(registration));

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
    }

    [Fact]
    public async Task Given_a_registered_email_When_it_registers_again_Then_409_email_taken()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var client = factory.CreateClient();
        var email = ApiClient.NewEmail();
        using var first = await client.RegisterAsync(ApiClient.Registration(email));
        await first.ShouldBeAsync(HttpStatusCode.Created);

        using var second = await client.RegisterAsync(ApiClient.Registration(email.ToUpperInvariant()));

        await second.ShouldBeProblemAsync(HttpStatusCode.Conflict, "email_taken");
    }

    [Fact]
    public async Task Given_twenty_parallel_registrations_of_one_email_Then_exactly_one_succeeds_and_the_rest_are_409()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var email = ApiClient.NewEmail();
        var clients = Enumerable.Range(0, 20).Select(_ => factory.CreateClient()).ToList();

        var responses = await Task.WhenAll(clients.Select(c => c.RegisterAsync(ApiClient.Registration(email))));

        try
        {
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
            foreach (var conflict in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            {
                await conflict.ShouldBeProblemAsync(HttpStatusCode.Conflict, "email_taken");
            }
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }

        Assert.Equal(1, await factory.CountUsersWithEmailAsync(email));
        await factory.DrainOutboxAsync();
        Assert.Single(factory.Events.Of<UserRegistered>(), e => e.DisplayName == "Test Member");
    }
}
