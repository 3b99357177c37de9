using System.Net;
using System.Net.Http.Json;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Profile;

public sealed class ProfileTests
{
    private static readonly object CompletingChanges = new
    {
        bio = "I run community events.",
        avatarUrl = "https://cdn.example.com/a.png",
        interests = new[] { "hiking", "chess" },
    };

    [Fact]
    public async Task Given_a_partial_update_Then_only_the_given_fields_change()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();

        using var response = await member.Client.PatchAsJsonAsync("/api/me", new { displayName = "  Renamed  ", region = "Shanghai", locale = "zh-CN" });

        await response.ShouldBeAsync(HttpStatusCode.OK);
        var profile = (await member.Client.GetFromJsonAsync<ProfileBody>("/api/me"))!;
        Assert.Equal("Renamed", profile.DisplayName);
        Assert.Equal("Shanghai", profile.Region);
        Assert.Equal("zh-CN", profile.Locale);
        Assert.Equal("UTC", profile.TimeZone);
        Assert.Null(profile.Bio);
        Assert.False(profile.ProfileComplete);
    }

    [Fact]
    public async Task Given_an_empty_string_for_an_optional_field_Then_it_is_cleared()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();
        using var set = await member.Client.PatchAsJsonAsync("/api/me", new { region = "Berlin" });
        await set.ShouldBeAsync(HttpStatusCode.OK);

        using var cleared = await member.Client.PatchAsJsonAsync("/api/me", new { region = "" });

        await cleared.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Null((await cleared.Content.ReadFromJsonAsync<ProfileBody>())!.Region);
    }

    public static TheoryData<string, object> InvalidUpdates => new()
    {
        { "displayName", new { displayName = "x" } },
        { "bio", new { bio = new string('b', 501) } },
        { "avatarUrl", new { avatarUrl = "ftp://example.com/a.png" } },
        { "avatarUrl", new { avatarUrl = "not a url" } },
        { "timeZone", new { timeZone = "Not/AZone" } },
        { "locale", new { locale = "de" } },
        { "interests", new { interests = Enumerable.Range(0, 11).Select(i => $"i{i}").ToArray() } },
        { "interests[0]", new { interests = new[] { "" } } },
        { "region", new { region = new string('r', 65) } },
    };

    [Theory]
    [MemberData(nameof(InvalidUpdates))]
    public async Task Given_an_invalid_field_When_updating_the_profile_Then_400_validation_failed_and_nothing_changes(string field, object update)
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();
        var before = await member.Client.GetStringAsync("/api/me");

        using var response = await member.Client.PatchAsJsonAsync("/api/me", update);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.Errors.ContainsKey(field), $"Expected an error for '{field}' in {problem.Body}");
        Assert.Equal(before, await member.Client.GetStringAsync("/api/me"));
    }

    [Fact]
    public async Task Given_a_profile_completed_then_edited_Then_profileComplete_flips_and_BecameComplete_is_raised_exactly_once()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();
        var admin = await factory.CreateAdminClientAsync();

        using var completing = await member.Client.PatchAsJsonAsync("/api/me", CompletingChanges);
        await completing.ShouldBeAsync(HttpStatusCode.OK);
        Assert.True((await completing.Content.ReadFromJsonAsync<ProfileBody>())!.ProfileComplete);

        using var edited = await member.Client.PatchAsJsonAsync("/api/me", new { bio = "Still running events." });
        await edited.ShouldBeAsync(HttpStatusCode.OK);

        // Clearing the bio makes it incomplete again; completing it a second time is not a second "became complete".
        using var emptied = await member.Client.PatchAsJsonAsync("/api/me", new { bio = "" });
        Assert.False((await emptied.Content.ReadFromJsonAsync<ProfileBody>())!.ProfileComplete);
        using var recompleted = await member.Client.PatchAsJsonAsync("/api/me", new { bio = "Back again." });
        Assert.True((await recompleted.Content.ReadFromJsonAsync<ProfileBody>())!.ProfileComplete);

        await factory.DrainOutboxAsync();
        // The outbox delivers one aggregate's events in commit order.
        var updates = factory.Events.Of<ProfileUpdated>().Where(e => e.UserId == member.Id).ToList();
        Assert.Equal([true, true, false, true], updates.Select(e => e.IsComplete));
        Assert.Equal([true, false, false, false], updates.Select(e => e.BecameComplete));

        var processed = await admin.GetOutboxAsync("processed");
        Assert.Equal(4, processed.Items.Count(m => m.Type == typeof(ProfileUpdated).FullName));
        Assert.Empty((await admin.GetOutboxAsync("pending")).Items);
    }
}
