using System.Net;
using System.Net.Http.Json;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Groups;

public sealed class GroupMembershipTests
{
    [Fact]
    public async Task Given_an_open_group_When_a_member_joins_Then_201_and_the_member_count_goes_up_by_one()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync(joinPolicy: "open");
        var member = await factory.CreateMemberAsync();

        var joined = await member.Client.JoinExpectingAsync(group.Id, HttpStatusCode.Created);
        var again = await member.Client.JoinExpectingAsync(group.Id, HttpStatusCode.OK);

        Assert.Equal(("joined", "joined"), (joined.Status, again.Status));
        var after = await member.Client.GetGroupAsync(group.Id);
        Assert.Equal((2, "member"), (after.MemberCount, after.MyRole));
        Assert.Contains(member.Id, (await member.Client.GetMembersAsync(group.Id)).Select(m => m.UserId));
    }

    [Fact]
    public async Task Given_an_approval_group_Then_a_request_is_pending_until_approved_And_a_second_decision_is_409()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreateGroupCreatorAsync(admin);
        var group = await owner.Client.CreateGroupAsync(joinPolicy: "approval");
        var member = await factory.CreateMemberAsync();

        var pending = await member.Client.JoinExpectingAsync(group.Id, HttpStatusCode.Accepted);

        Assert.Equal("pending", pending.Status);
        Assert.Equal(1, (await member.Client.GetGroupAsync(group.Id)).MemberCount);
        var request = Assert.Single(await owner.Client.GetJoinRequestsAsync(group.Id));
        Assert.Equal((pending.RequestId, member.Id, "Let me in"), (request.Id, request.UserId, request.Message));

        using var approved = await owner.Client.PostAsync($"/api/groups/{group.Id}/join-requests/{request.Id}/approve", null);
        await approved.ShouldBeAsync(HttpStatusCode.OK);
        var after = await member.Client.GetGroupAsync(group.Id);
        Assert.Equal((2, "member"), (after.MemberCount, after.MyRole));
        Assert.Empty(await owner.Client.GetJoinRequestsAsync(group.Id));

        using var second = await owner.Client.PostAsync($"/api/groups/{group.Id}/join-requests/{request.Id}/reject", null);
        await second.ShouldBeProblemAsync(HttpStatusCode.Conflict, "request_already_decided");
        Assert.Equal("member", (await member.Client.GetGroupAsync(group.Id)).MyRole);
    }

    [Fact]
    public async Task Given_an_approval_group_When_the_request_is_rejected_Then_the_member_is_not_in_the_group()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreateGroupCreatorAsync(admin);
        var group = await owner.Client.CreateGroupAsync(joinPolicy: "approval");
        var member = await factory.CreateMemberAsync();
        var pending = await member.Client.JoinExpectingAsync(group.Id, HttpStatusCode.Accepted);

        using var rejected = await owner.Client.PostAsync($"/api/groups/{group.Id}/join-requests/{pending.RequestId}/reject", null);

        await rejected.ShouldBeAsync(HttpStatusCode.OK);
        var after = await member.Client.GetGroupAsync(group.Id);
        Assert.Equal((1, (string?)null), (after.MemberCount, after.MyRole));
        Assert.DoesNotContain(member.Id, (await owner.Client.GetMembersAsync(group.Id)).Select(m => m.UserId));
        using var twice = await owner.Client.PostAsync($"/api/groups/{group.Id}/join-requests/{pending.RequestId}/approve", null);
        await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict, "request_already_decided");
        Assert.Null((await member.Client.GetGroupAsync(group.Id)).MyRole);
    }

    [Fact]
    public async Task Given_an_invite_only_group_Then_joining_is_403_invitation_required_until_invited_then_201()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreateGroupCreatorAsync(admin);
        var group = await owner.Client.CreateGroupAsync(joinPolicy: "invite");
        var member = await factory.CreateMemberAsync();

        using var refused = await member.Client.JoinAsync(group.Id);
        await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "invitation_required");

        await owner.Client.InviteAsync(group.Id, member.Id);
        var joined = await member.Client.JoinExpectingAsync(group.Id, HttpStatusCode.Created);

        Assert.Equal("joined", joined.Status);
        Assert.Equal(2, (await member.Client.GetGroupAsync(group.Id)).MemberCount);
    }

    [Fact]
    public async Task Given_a_private_group_When_a_member_is_invited_Then_they_can_find_and_join_it()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreateGroupCreatorAsync(admin);
        var group = await owner.Client.CreateGroupAsync(visibility: "private", joinPolicy: "open");
        var member = await factory.CreateMemberAsync();
        using var hidden = await member.Client.JoinAsync(group.Id);
        await hidden.ShouldBeProblemAsync(HttpStatusCode.NotFound, "group_not_found");

        await owner.Client.InviteAsync(group.Id, member.Id);
        await member.Client.JoinExpectingAsync(group.Id, HttpStatusCode.Created);

        var seen = await member.Client.GetGroupAsync(group.Id);
        Assert.Equal(("member", 2), (seen.MyRole, seen.MemberCount));
        Assert.Contains(group.Id, (await member.Client.ListGroupsAsync()).Items.Select(g => g.Id));
    }

    [Fact]
    public async Task Given_the_owner_When_leaving_Then_409_owner_must_transfer_And_after_a_transfer_they_can_leave()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreateGroupCreatorAsync(admin);
        var group = await owner.Client.CreateGroupAsync();
        var heir = await factory.CreateMemberAsync();
        await heir.Client.JoinExpectingAsync(group.Id, HttpStatusCode.Created);

        using var refused = await owner.Client.DeleteAsync($"/api/groups/{group.Id}/members/me");
        await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "owner_must_transfer");

        using var transferred = await owner.Client.PostAsJsonAsync($"/api/groups/{group.Id}/transfer-ownership", new { userId = heir.Id });
        await transferred.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("moderator", (await owner.Client.GetGroupAsync(group.Id)).MyRole);

        using var left = await owner.Client.DeleteAsync($"/api/groups/{group.Id}/members/me");
        await left.ShouldBeAsync(HttpStatusCode.NoContent);
        var after = await heir.Client.GetGroupAsync(group.Id);
        Assert.Equal((heir.Id, "owner", 1), (after.OwnerId, after.MyRole, after.MemberCount));
        Assert.Equal([(heir.Id, "owner")], (await heir.Client.GetMembersAsync(group.Id)).Select(m => (m.UserId, m.Role)));
    }

    [Fact]
    public async Task Given_the_owner_promotes_then_demotes_a_member_Then_their_group_moderator_rights_follow()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreateGroupCreatorAsync(admin);
        var group = await owner.Client.CreateGroupAsync(joinPolicy: "approval");
        var member = await factory.CreateMemberAsync();
        await owner.Client.AddMemberAsync(group.Id, member);
        using var before = await member.Client.GetAsync($"/api/groups/{group.Id}/join-requests");
        await before.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "group_permission_required");

        await owner.Client.SetRoleAsync(group.Id, member.Id, "moderator");

        Assert.Equal("moderator", (await member.Client.GetGroupAsync(group.Id)).MyRole);
        Assert.Equal("moderator", (await owner.Client.GetMembersAsync(group.Id)).Single(m => m.UserId == member.Id).Role);
        Assert.Empty(await member.Client.GetJoinRequestsAsync(group.Id));

        await owner.Client.SetRoleAsync(group.Id, member.Id, "member");

        Assert.Equal("member", (await member.Client.GetGroupAsync(group.Id)).MyRole);
        using var after = await member.Client.GetAsync($"/api/groups/{group.Id}/join-requests");
        await after.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "group_permission_required");
    }

    [Fact]
    public async Task Given_a_group_moderator_Then_they_remove_members_but_not_other_moderators_nor_the_owner()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreateGroupCreatorAsync(admin);
        var group = await owner.Client.CreateGroupAsync();
        var moderator = await factory.CreateMemberAsync();
        var otherModerator = await factory.CreateMemberAsync();
        var member = await factory.CreateMemberAsync();
        foreach (var person in new[] { moderator, otherModerator, member })
        {
            await person.Client.JoinExpectingAsync(group.Id, HttpStatusCode.Created);
        }

        await owner.Client.SetRoleAsync(group.Id, moderator.Id, "moderator");
        await owner.Client.SetRoleAsync(group.Id, otherModerator.Id, "moderator");

        using var removeModerator = await moderator.Client.DeleteAsync($"/api/groups/{group.Id}/members/{otherModerator.Id}");
        await removeModerator.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "group_permission_required");
        using var removeOwner = await moderator.Client.DeleteAsync($"/api/groups/{group.Id}/members/{owner.Id}");
        await removeOwner.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "group_permission_required");
        using var removeMember = await moderator.Client.DeleteAsync($"/api/groups/{group.Id}/members/{member.Id}");
        await removeMember.ShouldBeAsync(HttpStatusCode.NoContent);
        using var ownerRemovesModerator = await owner.Client.DeleteAsync($"/api/groups/{group.Id}/members/{otherModerator.Id}");
        await ownerRemovesModerator.ShouldBeAsync(HttpStatusCode.NoContent);

        var members = (await owner.Client.GetMembersAsync(group.Id)).Select(m => m.UserId).ToHashSet();
        Assert.Equal(new[] { owner.Id, moderator.Id }.Order(), members.Order());
        Assert.Equal(2, (await owner.Client.GetGroupAsync(group.Id)).MemberCount);
    }

    [Fact]
    public async Task Given_an_archived_group_Then_joining_is_409_group_archived()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreateGroupCreatorAsync(admin);
        var group = await owner.Client.CreateGroupAsync(joinPolicy: "open");
        using var archived = await owner.Client.PostAsync($"/api/groups/{group.Id}/archive", null);
        await archived.ShouldBeAsync(HttpStatusCode.OK);
        var member = await factory.CreateMemberAsync();

        using var response = await member.Client.JoinAsync(group.Id);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "group_archived");
        var after = await member.Client.GetGroupAsync(group.Id);
        Assert.Equal((true, 1, (string?)null), (after.Archived, after.MemberCount, after.MyRole));
    }
}
