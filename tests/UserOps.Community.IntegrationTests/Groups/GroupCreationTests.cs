using System.Net;
using System.Net.Http.Json;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Groups;

public sealed class GroupCreationTests
{
    [Fact]
    public async Task Given_a_bad_slug_visibility_and_too_many_tags_Then_400_with_an_error_for_each_field()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();

        using var response = await admin.PostAsJsonAsync("/api/groups", new
        {
            name = "Valid name",
            slug = "Not A Slug!",
            visibility = "secret",
            tags = new[] { "a", "b", "c", "d", "e", "f" },
        });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("Slug", problem.Errors.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("Visibility", problem.Errors.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("Tags", problem.Errors.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain("Name", problem.Errors.Keys, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Given_a_slug_already_in_use_Then_409_slug_taken()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var slug = GroupsApi.NewSlug();
        using var first = await admin.PostAsJsonAsync("/api/groups", GroupsApi.NewGroup(slug: slug));
        await first.ShouldBeAsync(HttpStatusCode.Created);

        using var second = await admin.PostAsJsonAsync("/api/groups", GroupsApi.NewGroup(slug: slug, name: "Another"));

        await second.ShouldBeProblemAsync(HttpStatusCode.Conflict, "slug_taken");
    }

    [Fact]
    public async Task Given_a_fresh_member_Then_403_privilege_required_with_level_3_And_after_150_xp_the_group_is_created()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var member = await factory.CreateMemberAsync();

        using var refused = await member.Client.PostAsJsonAsync("/api/groups", GroupsApi.NewGroup());

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "privilege_required");
        Assert.Equal(3, problem.Body.GetProperty("requiredLevel").GetInt32());

        await admin.GrantPointsAsync(member.Id, GroupsApi.GroupCreatorXp);
        var group = await member.Client.CreateGroupAsync(tags: ["Chess", "chess", " Go "]);

        Assert.Equal(member.Id, group.OwnerId);
        Assert.Equal("owner", group.MyRole);
        Assert.Equal(1, group.MemberCount);
        Assert.Equal(["chess", "go"], group.Tags);
        var owner = Assert.Single(await member.Client.GetMembersAsync(group.Id));
        Assert.Equal((member.Id, "owner"), (owner.UserId, owner.Role));
    }
}
