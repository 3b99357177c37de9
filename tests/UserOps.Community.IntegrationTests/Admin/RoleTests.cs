using System.Net;
using System.Net.Http.Json;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Admin;

public sealed class RoleTests
{
    [Fact]
    public async Task Given_an_admin_grants_Moderator_Then_the_members_next_token_carries_the_role()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();
        var admin = await factory.CreateAdminClientAsync();

        using var response = await admin.PutAsJsonAsync($"/api/admin/users/{member.Id}/roles", new { roles = new[] { "Moderator" } });

        await response.ShouldBeAsync(HttpStatusCode.OK);
        var body = (await response.Content.ReadFromJsonAsync<RolesBody>())!;
        Assert.Equal(member.Id, body.UserId);
        Assert.Equal(["Member", "Moderator"], body.Roles);

        var tokens = await factory.CreateClient().LoginForTokensAsync(member.Email, member.Password);
        var profile = (await factory.CreateBearerClient(tokens.AccessToken).GetFromJsonAsync<ProfileBody>("/api/me"))!;
        Assert.Equal(["Member", "Moderator"], profile.Roles);

        await factory.DrainOutboxAsync();
        var changed = Assert.Single(factory.Events.Of<UserRolesChanged>());
        Assert.Equal(member.Id, changed.UserId);
        Assert.Equal(["Member", "Moderator"], changed.Roles);
    }

    [Fact]
    public async Task Given_a_promoted_member_When_they_sign_in_again_Then_they_can_use_admin_routes()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();
        var admin = await factory.CreateAdminClientAsync();
        using var forbidden = await member.Client.GetAsync("/api/admin/outbox");
        await forbidden.ShouldBeAsync(HttpStatusCode.Forbidden);

        using var promoted = await admin.PutAsJsonAsync($"/api/admin/users/{member.Id}/roles", new { roles = new[] { "Admin" } });
        await promoted.ShouldBeAsync(HttpStatusCode.OK);

        var tokens = await factory.CreateClient().LoginForTokensAsync(member.Email, member.Password);
        using var allowed = await factory.CreateBearerClient(tokens.AccessToken).GetAsync("/api/admin/outbox");
        await allowed.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_roles_without_Member_Then_Member_is_kept_and_other_roles_are_removed()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();
        var admin = await factory.CreateAdminClientAsync();
        using var granted = await admin.PutAsJsonAsync($"/api/admin/users/{member.Id}/roles", new { roles = new[] { "Moderator", "Operator" } });
        await granted.ShouldBeAsync(HttpStatusCode.OK);

        using var response = await admin.PutAsJsonAsync($"/api/admin/users/{member.Id}/roles", new { roles = Array.Empty<string>() });

        await response.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(["Member"], (await response.Content.ReadFromJsonAsync<RolesBody>())!.Roles);
    }

    [Fact]
    public async Task Given_an_admin_dropping_their_own_Admin_role_Then_409_cannot_demote_self()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var adminId = (await admin.GetFromJsonAsync<ProfileBody>("/api/me"))!.Id;

        using var response = await admin.PutAsJsonAsync($"/api/admin/users/{adminId}/roles", new { roles = new[] { "Member" } });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "cannot_demote_self");
        Assert.Contains("Admin", (await admin.GetFromJsonAsync<ProfileBody>("/api/me"))!.Roles);
    }

    [Fact]
    public async Task Given_an_unknown_user_Then_404_not_found()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();

        using var response = await admin.PutAsJsonAsync($"/api/admin/users/{Guid.NewGuid()}/roles", new { roles = new[] { "Moderator" } });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Given_an_unknown_role_Then_400_validation_failed()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();
        var admin = await factory.CreateAdminClientAsync();

        using var response = await admin.PutAsJsonAsync($"/api/admin/users/{member.Id}/roles", new { roles = new[] { "Overlord" } });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    private sealed record RolesBody(Guid UserId, IReadOnlyList<string> Roles);
}
