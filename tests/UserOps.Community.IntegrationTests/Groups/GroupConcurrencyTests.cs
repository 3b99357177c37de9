using System.Net;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Groups;

/// <summary>Parallel requests against one group: rows, counters and events must come out as if they had queued.</summary>
public sealed class GroupConcurrencyTests
{
    [Fact]
    public async Task Given_30_parallel_joins_by_one_member_Then_one_membership_a_count_of_2_and_one_MemberJoined()
    {
        await using var factory = await GroupEventRecording.CreateRecordingGroupEventsAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync(joinPolicy: "open");
        var member = await factory.CreateMemberAsync();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 30).Select(async _ =>
        {
            using var response = await member.Client.JoinAsync(group.Id);
            return response.StatusCode;
        }));
        await factory.DrainOutboxAsync();

        Assert.All(statuses, status => Assert.Contains(status, new[] { HttpStatusCode.Created, HttpStatusCode.OK }));
        Assert.Single(statuses, HttpStatusCode.Created);
        Assert.Single(await admin.GetMembersAsync(group.Id), m => m.UserId == member.Id);
        Assert.Equal(2, (await admin.GetGroupAsync(group.Id)).MemberCount);
        Assert.Single(factory.Events.Of<MemberJoined>(), e => e.UserId == member.Id);
    }

    [Fact]
    public async Task Given_30_members_joining_in_parallel_Then_the_member_count_is_31()
    {
        await using var factory = await GroupEventRecording.CreateRecordingGroupEventsAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync(joinPolicy: "open");
        var members = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => factory.CreateMemberAsync()));

        var statuses = await Task.WhenAll(members.Select(async member =>
        {
            using var response = await member.Client.JoinAsync(group.Id);
            return response.StatusCode;
        }));
        await factory.DrainOutboxAsync();

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Created, status));
        Assert.Equal(31, (await admin.GetGroupAsync(group.Id)).MemberCount);
        Assert.Equal(31, (await admin.GetMembersAsync(group.Id)).Count);
        Assert.Equal(30, factory.Events.Of<MemberJoined>().Count(e => e.GroupId == group.Id && e.Via == "open"));
    }

    [Fact]
    public async Task Given_20_parallel_identical_join_requests_Then_one_pending_request_and_one_JoinRequested()
    {
        await using var factory = await GroupEventRecording.CreateRecordingGroupEventsAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreateGroupCreatorAsync(admin);
        var group = await owner.Client.CreateGroupAsync(joinPolicy: "approval");
        var member = await factory.CreateMemberAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => member.Client.JoinExpectingAsync(group.Id, HttpStatusCode.Accepted)));
        await factory.DrainOutboxAsync();

        var request = Assert.Single(await owner.Client.GetJoinRequestsAsync(group.Id));
        Assert.All(answers, answer => Assert.Equal(("pending", request.Id), (answer.Status, answer.RequestId)));
        Assert.Single(factory.Events.Of<JoinRequested>());
        Assert.Equal(1, (await owner.Client.GetGroupAsync(group.Id)).MemberCount);
    }
}
