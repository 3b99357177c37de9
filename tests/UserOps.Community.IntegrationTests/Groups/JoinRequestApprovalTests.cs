using System.Net;
using System.Net.Http.Json;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Groups;

public sealed class JoinRequestApprovalTests
{
    [Fact]
    public async Task Given_a_pending_request_in_an_archived_group_Then_approving_is_refused_and_nobody_joins()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync(joinPolicy: "approval");
        var applicant = await factory.CreateMemberAsync();
        var pending = await applicant.Client.JoinExpectingAsync(group.Id, HttpStatusCode.Accepted);
        using (var archived = await admin.PostAsync($"/api/groups/{group.Id}/archive", null))
        {
            await archived.ShouldBeAsync(HttpStatusCode.OK);
        }

        using var approve = await admin.PostAsync($"/api/groups/{group.Id}/join-requests/{pending.RequestId}/approve", null);

        await approve.ShouldBeProblemAsync(HttpStatusCode.Conflict, "group_archived");
        Assert.DoesNotContain(await admin.GetMembersAsync(group.Id), m => m.UserId == applicant.Id);
        Assert.Equal(1, (await admin.GetGroupAsync(group.Id)).MemberCount);
    }

    [Fact]
    public async Task Given_an_approved_request_Then_the_decision_and_the_membership_land_together()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync(joinPolicy: "approval");
        var applicant = await factory.CreateMemberAsync();
        var pending = await applicant.Client.JoinExpectingAsync(group.Id, HttpStatusCode.Accepted);

        using var approve = await admin.PostAsync($"/api/groups/{group.Id}/join-requests/{pending.RequestId}/approve", null);

        await approve.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Contains(await admin.GetMembersAsync(group.Id), m => m.UserId == applicant.Id);
        Assert.Equal(2, (await admin.GetGroupAsync(group.Id)).MemberCount);
        Assert.Empty(await admin.GetJoinRequestsAsync(group.Id));
    }
}
