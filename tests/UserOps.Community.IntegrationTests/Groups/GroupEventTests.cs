using System.Net;
using System.Net.Http.Json;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Groups;

/// <summary>What the Groups module publishes through the outbox, as other modules receive it.</summary>
public sealed class GroupEventTests
{
    [Fact]
    public async Task Given_a_member_joins_an_open_group_Then_MemberJoined_via_open_is_published_once()
    {
        await using var factory = await GroupEventRecording.CreateRecordingGroupEventsAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync(joinPolicy: "open");
        var member = await factory.CreateMemberAsync();

        await member.Client.JoinExpectingAsync(group.Id, HttpStatusCode.Created);
        await member.Client.JoinExpectingAsync(group.Id, HttpStatusCode.OK);
        await factory.DrainOutboxAsync();

        var joined = Assert.Single(factory.Events.Of<MemberJoined>(), e => e.UserId == member.Id);
        Assert.Equal((group.Id, "open"), (joined.GroupId, joined.Via));
        Assert.Single(factory.Events.Of<GroupCreated>(), e => e.GroupId == group.Id);
    }

    [Fact]
    public async Task Given_a_join_request_is_approved_Then_JoinRequested_JoinRequestDecided_and_MemberJoined_are_published()
    {
        await using var factory = await GroupEventRecording.CreateRecordingGroupEventsAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreateGroupCreatorAsync(admin);
        var group = await owner.Client.CreateGroupAsync(joinPolicy: "approval");
        var member = await factory.CreateMemberAsync();
        var rejectedMember = await factory.CreateMemberAsync();
        var pending = await member.Client.JoinExpectingAsync(group.Id, HttpStatusCode.Accepted);
        var refused = await rejectedMember.Client.JoinExpectingAsync(group.Id, HttpStatusCode.Accepted);

        using var approved = await owner.Client.PostAsync($"/api/groups/{group.Id}/join-requests/{pending.RequestId}/approve", null);
        await approved.ShouldBeAsync(HttpStatusCode.OK);
        using var rejected = await owner.Client.PostAsync($"/api/groups/{group.Id}/join-requests/{refused.RequestId}/reject", null);
        await rejected.ShouldBeAsync(HttpStatusCode.OK);
        await factory.DrainOutboxAsync();

        Assert.Equal(
            new[] { (pending.RequestId!.Value, member.Id), (refused.RequestId!.Value, rejectedMember.Id) }.Order(),
            factory.Events.Of<JoinRequested>().Select(e => (e.RequestId, e.UserId)).Order());
        var decisions = factory.Events.Of<JoinRequestDecided>().ToDictionary(e => e.UserId);
        Assert.Equal((pending.RequestId, true, owner.Id), (decisions[member.Id].RequestId, decisions[member.Id].Approved, decisions[member.Id].DecidedBy));
        Assert.Equal((refused.RequestId, false, owner.Id), (decisions[rejectedMember.Id].RequestId, decisions[rejectedMember.Id].Approved, decisions[rejectedMember.Id].DecidedBy));
        Assert.Equal("approval", Assert.Single(factory.Events.Of<MemberJoined>(), e => e.UserId == member.Id).Via);
        Assert.DoesNotContain(factory.Events.Of<MemberJoined>(), e => e.UserId == rejectedMember.Id);
    }

    [Fact]
    public async Task Given_role_changes_a_departure_and_a_removal_Then_GroupRoleChanged_MemberLeft_and_MemberRemoved_are_published()
    {
        await using var factory = await GroupEventRecording.CreateRecordingGroupEventsAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreateGroupCreatorAsync(admin);
        var group = await owner.Client.CreateGroupAsync();
        var moderator = await factory.CreateMemberAsync();
        var leaver = await factory.CreateMemberAsync();
        var removed = await factory.CreateMemberAsync();
        foreach (var person in new[] { moderator, leaver, removed })
        {
            await person.Client.JoinExpectingAsync(group.Id, HttpStatusCode.Created);
        }

        await owner.Client.SetRoleAsync(group.Id, moderator.Id, "moderator");
        using var left = await leaver.Client.DeleteAsync($"/api/groups/{group.Id}/members/me");
        await left.ShouldBeAsync(HttpStatusCode.NoContent);
        using var removal = await moderator.Client.DeleteAsync($"/api/groups/{group.Id}/members/{removed.Id}");
        await removal.ShouldBeAsync(HttpStatusCode.NoContent);
        using var transfer = await owner.Client.PostAsJsonAsync($"/api/groups/{group.Id}/transfer-ownership", new { userId = moderator.Id });
        await transfer.ShouldBeAsync(HttpStatusCode.OK);
        await factory.DrainOutboxAsync();

        Assert.Equal(
            [(moderator.Id, GroupRole.Moderator, owner.Id), (moderator.Id, GroupRole.Owner, owner.Id), (owner.Id, GroupRole.Moderator, owner.Id)],
            factory.Events.Of<GroupRoleChanged>().Where(e => e.GroupId == group.Id).Select(e => (e.UserId, e.Role, e.ChangedBy)));
        Assert.Equal(leaver.Id, Assert.Single(factory.Events.Of<MemberLeft>()).UserId);
        var removedEvent = Assert.Single(factory.Events.Of<MemberRemoved>());
        Assert.Equal((group.Id, removed.Id, moderator.Id), (removedEvent.GroupId, removedEvent.UserId, removedEvent.RemovedBy));
    }

    [Fact]
    public async Task Given_an_invitation_Then_MemberInvited_is_published_and_visible_in_the_processed_outbox()
    {
        await using var factory = await GroupEventRecording.CreateRecordingGroupEventsAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreateGroupCreatorAsync(admin);
        var group = await owner.Client.CreateGroupAsync(visibility: "private", joinPolicy: "invite");
        var member = await factory.CreateMemberAsync();

        await owner.Client.AddMemberAsync(group.Id, member);
        await factory.DrainOutboxAsync();

        var invited = Assert.Single(factory.Events.Of<MemberInvited>());
        Assert.Equal((group.Id, member.Id, owner.Id), (invited.GroupId, invited.UserId, invited.InvitedBy));
        Assert.Equal("invitation", Assert.Single(factory.Events.Of<MemberJoined>(), e => e.UserId == member.Id).Via);
        var processed = await admin.GetOutboxAsync("processed");
        Assert.Contains(processed.Items, m => m.Type.Contains(nameof(MemberInvited), StringComparison.Ordinal));
    }
}
