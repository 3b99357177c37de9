using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using UserOps.Community.IntegrationTests.Growth;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Referrals;

public sealed class InviteCodeTests
{
    [Fact]
    public async Task Given_a_member_Then_their_personal_code_is_created_once_and_links_to_join()
    {
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.With("Referrals:PublicBaseUrl", "https://c.example.com/"));
        var member = await factory.CreateMemberAsync();

        var first = await member.Client.MyInviteAsync();
        var again = await member.Client.MyInviteAsync();

        Assert.Equal(first.Code, again.Code);
        Assert.Equal("personal", first.Kind);
        Assert.Equal("valid", first.Status);
        Assert.Matches("^[2-9A-HJ-NP-Z]{8}$", first.Code);
        Assert.Equal($"https://c.example.com/join/{first.Code}", first.Url);
        Assert.Equal($"HTTPS://C.EXAMPLE.COM/JOIN/{first.Code}", first.QrUrl);
    }

    [Fact]
    public async Task Given_many_concurrent_first_requests_Then_the_member_still_has_one_personal_code()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();

        var codes = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => member.Client.MyInviteAsync()));

        Assert.Single(codes.Select(c => c.Code).Distinct());
        var listed = (await member.Client.GetFromJsonAsync<InviteCodePage>("/api/me/invites"))!;
        Assert.Single(listed.Items, c => c.Kind == "personal");
    }

    [Fact]
    public async Task Given_levels_without_invites_create_Then_personal_and_extra_codes_are_refused_with_privilege_required()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var member = await factory.CreateMemberAsync();
        using (var replaced = await admin.PutAsJsonAsync("/api/admin/levels", new
        {
            levels = new object[]
            {
                new { number = 1, nameEn = "One", nameZh = "一", xpThreshold = 0, privileges = Array.Empty<string>() },
                new { number = 2, nameEn = "Two", nameZh = "二", xpThreshold = 50, privileges = new[] { "invites.create" } },
            },
        }))
        {
            await replaced.ShouldBeAsync(HttpStatusCode.OK);
        }

        using var personal = await member.Client.GetAsync("/api/me/invite");
        var problem = await personal.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "privilege_required");
        Assert.Equal(2, problem.Body.GetProperty("requiredLevel").GetInt32());
        using var extra = await member.Client.PostAsJsonAsync("/api/me/invites", new { label = "friends" });
        await extra.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "privilege_required");

        await admin.GrantAsync(member.Id, 60);
        await factory.DrainOutboxAsync();
        Assert.Equal("personal", (await member.Client.MyInviteAsync()).Kind);
    }

    [Fact]
    public async Task Given_an_extra_code_with_a_label_and_max_uses_Then_it_is_listed_and_public_shows_the_inviter()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();

        var code = await member.Client.CreateInviteAsync(new { label = "Book club", maxUses = 3 });

        Assert.Equal(("custom", "Book club", 3, 0), (code.Kind, code.Label, code.MaxUses, code.Uses));
        var page = (await member.Client.GetFromJsonAsync<InviteCodePage>("/api/me/invites"))!;
        Assert.Contains(page.Items, c => c.Code == code.Code);
        var shown = await factory.CreateClient().PublicInviteAsync(code.Code.ToLowerInvariant());
        Assert.True(shown.Valid);
        Assert.Null(shown.Reason);
        Assert.Equal(member.Id, shown.Inviter!.Id);
        Assert.Equal("Test Member", shown.Inviter.DisplayName);
        Assert.Equal(3, shown.RemainingUses);
    }

    public static TheoryData<string, object, string> InvalidExtraCodes => new()
    {
        { "label", new { label = new string('x', 101) }, "label" },
        { "maxUses zero", new { maxUses = 0 }, "maxUses" },
        { "maxUses too many", new { maxUses = 100_001 }, "maxUses" },
        { "expired already", new { expiresAt = DateTimeOffset.UtcNow.AddDays(-1) }, "expiresAt" },
    };

    [Theory]
    [MemberData(nameof(InvalidExtraCodes))]
    public async Task Given_an_invalid_extra_code_request_Then_it_is_a_400_naming_the_field(string name, object request, string field)
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();

        using var response = await member.Client.PostAsJsonAsync("/api/me/invites", request);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.Errors.ContainsKey(field), $"{name}: expected an error for {field}, got {string.Join(", ", problem.Errors.Keys)}");
    }

    [Fact]
    public async Task Given_expired_exhausted_and_revoked_codes_Then_the_public_page_says_which()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.Clock = clock);
        var member = await factory.CreateMemberAsync();
        var expiring = await member.Client.CreateInviteAsync(new { label = "soon", expiresAt = clock.GetUtcNow().AddHours(1) });
        var single = await member.Client.CreateInviteAsync(new { label = "one", maxUses = 1 });
        var revoked = await member.Client.CreateInviteAsync(new { label = "gone" });
        await factory.CreateMemberAsync(inviteCode: single.Code);
        using (var revoke = await member.Client.DeleteAsync($"/api/me/invites/{revoked.Code}"))
        {
            await revoke.ShouldBeAsync(HttpStatusCode.NoContent);
        }

        clock.Advance(TimeSpan.FromHours(2));
        var anonymous = factory.CreateClient();

        Assert.Equal((false, "expired"), Outcome(await anonymous.PublicInviteAsync(expiring.Code)));
        Assert.Equal((false, "exhausted"), Outcome(await anonymous.PublicInviteAsync(single.Code)));
        Assert.Equal(0, (await anonymous.PublicInviteAsync(single.Code)).RemainingUses);
        Assert.Equal((false, "revoked"), Outcome(await anonymous.PublicInviteAsync(revoked.Code)));
        using var missing = await anonymous.GetAsync("/api/invites/NOSUCHCD");
        await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound, "invite_not_found");
    }

    [Fact]
    public async Task Given_someone_elses_code_Then_a_member_cannot_revoke_it()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var owner = await factory.CreateMemberAsync();
        var other = await factory.CreateMemberAsync();
        var code = await owner.Client.MyInviteAsync();

        using var response = await other.Client.DeleteAsync($"/api/me/invites/{code.Code}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "invite_not_found");
        Assert.True((await factory.CreateClient().PublicInviteAsync(code.Code)).Valid);
    }

    [Fact]
    public async Task Given_an_operator_Then_campaign_codes_carry_a_channel_and_no_inviter_and_can_be_listed_by_channel()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var operatorClient = await factory.OperatorAsync();

        var wechat = await operatorClient.CreateCampaignAsync("wechat-article-nov");
        await operatorClient.CreateCampaignAsync("offline-meetup");

        Assert.Equal(("campaign", "wechat-article-nov"), (wechat.Kind, wechat.Channel));
        var shown = await factory.CreateClient().PublicInviteAsync(wechat.Code);
        Assert.Null(shown.Inviter);
        var listed = (await operatorClient.GetFromJsonAsync<InviteCodePage>("/api/admin/invites?channel=wechat-article-nov"))!;
        Assert.Equal([wechat.Code], listed.Items.Select(c => c.Code));
    }

    [Theory]
    [InlineData("Wechat")]
    [InlineData("two--hyphens")]
    [InlineData("")]
    public async Task Given_a_bad_channel_tag_Then_the_campaign_code_is_a_400(string channel)
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var operatorClient = await factory.OperatorAsync();

        using var response = await operatorClient.PostAsJsonAsync("/api/admin/invites", new { label = "x", channel });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.Errors.ContainsKey("channel"));
    }

    [Fact]
    public async Task Given_a_group_Then_only_its_owner_creates_codes_that_join_it_and_the_public_page_names_it()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreateMemberAsync();
        var ownerClient = await factory.WithRoleAsync(admin, owner, "Operator");
        var groupId = await ownerClient.CreateGroupAsync();
        var member = await factory.CreateMemberAsync();
        await member.Client.JoinAsync(groupId);

        using var notOwner = await member.Client.PostAsJsonAsync("/api/me/invites", new { label = "mine", groupId });
        await notOwner.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "group_owner_required");
        using var noGroup = await member.Client.PostAsJsonAsync("/api/me/invites", new { label = "mine", groupId = Guid.NewGuid() });
        await noGroup.ShouldBeProblemAsync(HttpStatusCode.NotFound, "group_not_found");

        var code = await ownerClient.CreateInviteAsync(new { label = "Join us", groupId });
        Assert.Equal(("group", "group", groupId), (code.Kind, code.Channel, code.GroupId));
        var shown = await factory.CreateClient().PublicInviteAsync(code.Code);
        Assert.Equal((groupId, "Growth group"), (shown.Group!.Id, shown.Group.Name));
    }

    private static (bool Valid, string? Reason) Outcome(PublicInviteBody body) => (body.Valid, body.Reason);
}
