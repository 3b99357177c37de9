using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Platform;

/// <summary>Validation problems carry a stable code and arguments per field, so the client can translate each field's error.</summary>
public sealed class FieldErrorCodeTests
{
    [Fact]
    public async Task Given_a_registration_with_a_bad_email_and_a_too_short_name_Then_each_field_has_a_code_and_its_arguments()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();

        using var response = await factory.CreateClient().RegisterAsync(new { email = "", password = ApiClient.Password, displayName = "x" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var fields = problem.Body.GetProperty("fieldErrors");
        Assert.Contains("required", Codes(fields, "email"));
        var length = fields.GetProperty("displayName").EnumerateArray().Single(e => e.GetProperty("code").GetString() == "length");
        Assert.True(length.GetProperty("args").GetProperty("minLength").GetInt32() > 1);
        Assert.True(length.GetProperty("args").GetProperty("maxLength").GetInt32() > 1);
        Assert.Equal(problem.Errors.Keys.Order(StringComparer.Ordinal), fields.EnumerateObject().Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Given_a_password_Identity_refuses_Then_its_reasons_come_as_snake_case_codes_on_the_password_field()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();

        using var response = await factory.CreateClient().RegisterAsync(ApiClient.Registration(ApiClient.NewEmail(), password: "ab"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("password_too_short", Codes(problem.Body.GetProperty("fieldErrors"), "password"));
    }

    [Fact]
    public async Task Given_a_preview_with_an_invalid_rule_and_days_Then_codes_are_keyed_like_the_messages_with_the_range()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();

        using var response = await admin.PostAsJsonAsync(
            "/api/admin/point-rules/preview", new { rule = new { name = "Draft", eventType = "PostPublished", recipient = "actor", points = 0 }, days = 91 });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var fields = problem.Body.GetProperty("fieldErrors");
        var days = fields.GetProperty("days")[0];
        Assert.Equal("between", days.GetProperty("code").GetString());
        Assert.Equal(90, days.GetProperty("args").GetProperty("to").GetInt32());
        Assert.Equal(["between"], Codes(fields, "rule.points"));
    }

    [Fact]
    public async Task Given_a_preview_without_a_rule_Then_400_says_the_rule_is_required()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();

        using var response = await admin.PostAsJsonAsync("/api/admin/point-rules/preview", new { days = 7 });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["required"], Codes(problem.Body.GetProperty("fieldErrors"), "rule"));
    }

    [Fact]
    public async Task Given_a_rule_written_with_its_own_code_Then_that_code_is_sent_and_a_hand_written_error_has_its_arguments()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();

        using var badge = await admin.PostAsJsonAsync("/api/admin/badges", new { nameEn = "B", nameZh = "B", tier = "platinum", manual = true });
        using var stats = await admin.GetAsync("/api/admin/referrals/stats?from=2026-02-01&to=2026-01-01");

        var badgeProblem = await badge.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["not_allowed"], Codes(badgeProblem.Body.GetProperty("fieldErrors"), "tier"));
        var statsProblem = await stats.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var range = statsProblem.Body.GetProperty("fieldErrors").GetProperty("from")[0];
        Assert.Equal("date_range", range.GetProperty("code").GetString());
        Assert.Equal(366, range.GetProperty("args").GetProperty("maxDays").GetInt32());
    }

    [Fact]
    public async Task Given_a_bad_campaign_channel_past_expiry_and_a_season_over_a_year_Then_each_has_its_own_code()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();

        using var campaign = await admin.PostAsJsonAsync("/api/admin/invites", new { label = "Meetup", channel = "Offline Meetup", expiresAt = DateTimeOffset.UtcNow.AddDays(-1) });
        using var season = await admin.PostAsJsonAsync("/api/admin/seasons", new { name = "Long", startsOn = "2027-01-01", endsOn = "2028-06-01" });

        var campaignFields = (await campaign.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Body.GetProperty("fieldErrors");
        Assert.Equal(["channel_format"], Codes(campaignFields, "channel"));
        Assert.Equal(["must_be_future"], Codes(campaignFields, "expiresAt"));
        var seasonFields = (await season.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Body.GetProperty("fieldErrors");
        Assert.Equal(["season_too_long"], Codes(seasonFields, "endsOn"));
    }

    private static string[] Codes(JsonElement fields, string field) =>
        [.. fields.GetProperty(field).EnumerateArray().Select(e => e.GetProperty("code").GetString()!)];
}
