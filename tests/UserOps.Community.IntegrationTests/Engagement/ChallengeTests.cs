using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using UserOps.Community.Engagement.Contracts;
using UserOps.Community.IntegrationTests.Growth;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Engagement;

public sealed class ChallengeTests
{
    private static readonly DateOnly Nov28 = new(2026, 11, 28);

    [Fact]
    public async Task Given_a_member_Then_a_site_wide_challenge_is_403_and_an_operator_creates_it()
    {
        await using var factory = await EngagementApi.CreateFactoryAsync();
        var member = await factory.CreateMemberAsync();
        var admin = await factory.CreateAdminClientAsync();

        using var refused = await member.Client.PostAsJsonAsync("/api/challenges", EngagementApi.DailyChallenge(Nov28, Nov28.AddDays(20), 21));
        var created = await admin.CreateChallengeAsync(EngagementApi.DailyChallenge(Nov28, Nov28.AddDays(20), 21));

        await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "challenge_permission_required");
        Assert.Equal(("daily-check-in", "active", 21, "21天打卡", 0), (created.Kind, created.Status, created.Target, created.TitleZh, created.ParticipantCount));
        Assert.Equal(created.Id, (await member.Client.GetFromJsonAsync<ChallengeBody>($"/api/challenges/{created.Id}"))!.Id);
    }

    public static TheoryData<string, object> InvalidChallenges => new()
    {
        { "kind", new { titleEn = "x", startDate = "2026-11-28", endDate = "2026-11-30", kind = "marathon", target = 1 } },
        { "endDate", new { titleEn = "x", startDate = "2026-11-28", endDate = "2026-11-27", kind = "daily-check-in", target = 1 } },
        { "activityType", new { titleEn = "x", startDate = "2026-11-28", endDate = "2026-11-30", kind = "activity", target = 1 } },
        { "target", new { titleEn = "x", startDate = "2026-11-28", endDate = "2026-11-30", kind = "daily-check-in", target = 4 } },
        { "titleEn", new { titleEn = "", startDate = "2026-11-28", endDate = "2026-11-30", kind = "daily-check-in", target = 1 } },
        { "rewardPoints", new { titleEn = "x", startDate = "2026-11-28", endDate = "2026-11-30", kind = "daily-check-in", target = 1, rewardPoints = -1 } },
    };

    [Theory]
    [MemberData(nameof(InvalidChallenges))]
    public async Task Given_an_invalid_challenge_Then_400_names_the_field(string field, object challenge)
    {
        await using var factory = await EngagementApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();

        using var response = await admin.PostAsJsonAsync("/api/challenges", challenge);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal([field], problem.Errors.Keys);
    }

    [Fact]
    public async Task Given_a_daily_check_in_challenge_Then_completion_raises_ChallengeCompleted_once_and_the_reward_is_granted_once()
    {
        await using var factory = await EngagementApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var challenge = await admin.CreateChallengeAsync(EngagementApi.DailyChallenge(Nov28, Nov28.AddDays(6), 3, rewardPoints: 30));
        var member = await factory.CreateMemberAsync("UTC");
        // A check-in in the window before enrolling counts.
        await member.Client.CheckInAsync();
        Assert.Equal(1, (await member.Client.EnrolAsync(challenge.Id)).Progress);

        for (var day = 1; day <= 4; day++)
        {
            factory.Clock.SetUtcNow(EngagementApi.Noon.AddDays(day));
            await (await factory.SignInAgainAsync(member)).CheckInAsync();
            await factory.SettleAsync();
        }

        var client = await factory.SignInAgainAsync(member);
        var progress = await client.ProgressAsync(challenge.Id);
        Assert.Equal((3, true), (progress.Progress, progress.Completed));
        var completed = Assert.Single(factory.Events.Of<ChallengeCompleted>());
        Assert.Equal((challenge.Id, member.Id, 30), (completed.ChallengeId, completed.MemberId, completed.RewardPoints));
        var (_, ledger) = await client.AccountAsync();
        var reward = Assert.Single(ledger, l => l.SourceType == "ChallengeCompleted");
        Assert.Equal((30, "granted", "Completed the challenge: 21-day check-in"), (reward.Amount, reward.Kind, reward.Reason));
        var leaderboard = (await client.GetFromJsonAsync<List<LeaderboardLineBody>>($"/api/challenges/{challenge.Id}/leaderboard"))!;
        Assert.Equal((1, member.Id, true), (leaderboard[0].Rank, leaderboard[0].MemberId, leaderboard[0].Completed));
    }

    [Fact]
    public async Task Given_an_activity_challenge_in_a_group_Then_posts_there_count_once_each_and_complete_it()
    {
        await using var factory = await EngagementApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var otherGroup = await admin.CreateGroupAsync();
        var challenge = await admin.CreateChallengeAsync(new
        {
            titleEn = "Write two posts", startDate = Nov28, endDate = Nov28.AddDays(6), kind = "activity", activityType = "posts", target = 2,
            rewardPoints = 40, groupId = group,
        });
        var member = await factory.CreateMemberAsync();
        await member.Client.JoinAsync(group);
        await member.Client.JoinAsync(otherGroup);
        await member.Client.EnrolAsync(challenge.Id);

        await member.Client.PublishAsync(group);
        await member.Client.PublishAsync(otherGroup);
        await factory.SettleAsync();
        Assert.Equal((1, false), ((await member.Client.ProgressAsync(challenge.Id)).Progress, (await member.Client.ProgressAsync(challenge.Id)).Completed));
        await member.Client.PublishAsync(group);
        await member.Client.PublishAsync(group);
        await factory.SettleAsync();

        Assert.True((await member.Client.ProgressAsync(challenge.Id)).Completed);
        Assert.Single(factory.Events.Of<ChallengeCompleted>());
        var (_, ledger) = await member.Client.AccountAsync();
        Assert.Equal(40, Assert.Single(ledger, l => l.SourceType == "ChallengeCompleted").Amount);
    }

    [Fact]
    public async Task Given_a_private_group_challenge_Then_it_is_404_to_non_members_and_listed_only_for_members()
    {
        await using var factory = await EngagementApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        using (var created = await admin.PostAsJsonAsync("/api/groups", new { name = "Hidden", slug = $"h-{Guid.NewGuid():N}"[..20], visibility = "private" }))
        {
            await created.ShouldBeAsync(HttpStatusCode.Created);
        }

        var hidden = (await admin.GetFromJsonAsync<JsonElement>("/api/groups?query=Hidden")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var secret = await admin.CreateChallengeAsync(EngagementApi.DailyChallenge(Nov28, Nov28.AddDays(6), 3, groupId: hidden));
        var open = await admin.CreateChallengeAsync(EngagementApi.DailyChallenge(Nov28, Nov28.AddDays(6), 3));
        var outsider = await factory.CreateMemberAsync();

        using var get = await outsider.Client.GetAsync($"/api/challenges/{secret.Id}");
        using var enrol = await outsider.Client.PostAsync($"/api/challenges/{secret.Id}/enrol", null);
        using var board = await factory.CreateClient().GetAsync($"/api/challenges/{secret.Id}/leaderboard");
        using var byGroup = await outsider.Client.GetAsync($"/api/challenges?groupId={hidden}");
        var outsiderList = (await outsider.Client.GetFromJsonAsync<ChallengePageBody>("/api/challenges"))!;
        var ownerList = (await admin.GetFromJsonAsync<ChallengePageBody>("/api/challenges"))!;

        await get.ShouldBeProblemAsync(HttpStatusCode.NotFound, "challenge_not_found");
        await enrol.ShouldBeProblemAsync(HttpStatusCode.NotFound, "challenge_not_found");
        await board.ShouldBeProblemAsync(HttpStatusCode.NotFound, "challenge_not_found");
        await byGroup.ShouldBeProblemAsync(HttpStatusCode.NotFound, "group_not_found");
        Assert.Equal([open.Id], outsiderList.Items.Select(c => c.Id));
        Assert.Equal([open.Id, secret.Id], ownerList.Items.Select(c => c.Id));
    }

    [Fact]
    public async Task Given_a_public_group_Then_its_owner_creates_challenges_there_but_a_plain_member_cannot_and_outsiders_cannot_enrol()
    {
        await using var factory = await EngagementApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreateMemberAsync();
        await admin.GrantAsync(owner.Id, 150);
        var group = await owner.Client.CreateGroupAsync();
        var member = await factory.CreateMemberAsync();
        await member.Client.JoinAsync(group);
        var outsider = await factory.CreateMemberAsync();

        var challenge = await owner.Client.CreateChallengeAsync(EngagementApi.DailyChallenge(Nov28, Nov28.AddDays(6), 3, groupId: group));
        using var refused = await member.Client.PostAsJsonAsync("/api/challenges", EngagementApi.DailyChallenge(Nov28, Nov28.AddDays(6), 3, groupId: group));
        using var notMember = await outsider.Client.PostAsync($"/api/challenges/{challenge.Id}/enrol", null);
        var enrolled = await member.Client.EnrolAsync(challenge.Id);
        using var repeat = await member.Client.PostAsync($"/api/challenges/{challenge.Id}/enrol", null);

        await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "challenge_permission_required");
        await notMember.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "group_membership_required");
        Assert.Equal(0, enrolled.Progress);
        await repeat.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(1, (await member.Client.GetFromJsonAsync<ChallengeBody>($"/api/challenges/{challenge.Id}"))!.ParticipantCount);
        using var notEnrolled = await outsider.Client.GetAsync($"/api/challenges/{challenge.Id}/me");
        await notEnrolled.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_enrolled");
    }

    [Fact]
    public async Task Given_ten_parallel_enrolments_in_a_challenge_for_three_Then_exactly_three_get_in()
    {
        await using var factory = await EngagementApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var challenge = await admin.CreateChallengeAsync(EngagementApi.DailyChallenge(Nov28, Nov28.AddDays(6), 3, maxParticipants: 3));
        var members = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => factory.CreateMemberAsync()));

        var responses = await Task.WhenAll(members.Select(m => m.Client.PostAsync($"/api/challenges/{challenge.Id}/enrol", null)));

        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "challenge_full");
        }

        Assert.Equal(3, (await admin.GetFromJsonAsync<ChallengeBody>($"/api/challenges/{challenge.Id}"))!.ParticipantCount);
    }

    [Fact]
    public async Task Given_an_entry_cost_above_the_balance_Then_enrolment_is_409_and_takes_no_place()
    {
        await using var factory = await EngagementApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var challenge = await admin.CreateChallengeAsync(EngagementApi.DailyChallenge(Nov28, Nov28.AddDays(6), 3, maxParticipants: 1, entryCost: 50));
        var poor = await factory.CreateMemberAsync();
        var rich = await factory.CreateMemberAsync();
        await admin.GrantAsync(rich.Id, 60);

        using var refused = await poor.Client.PostAsync($"/api/challenges/{challenge.Id}/enrol", null);
        await rich.Client.EnrolAsync(challenge.Id);

        await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "insufficient_balance");
        Assert.Equal(10, (await rich.Client.PointsAsync()).Balance);
    }

    [Fact]
    public async Task Given_challenges_in_the_past_present_and_future_Then_the_status_filter_picks_each()
    {
        await using var factory = await EngagementApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var finished = await admin.CreateChallengeAsync(EngagementApi.DailyChallenge(Nov28.AddDays(-20), Nov28.AddDays(-10), 3));
        var active = await admin.CreateChallengeAsync(EngagementApi.DailyChallenge(Nov28.AddDays(-2), Nov28.AddDays(2), 3));
        var upcoming = await admin.CreateChallengeAsync(EngagementApi.DailyChallenge(Nov28.AddDays(10), Nov28.AddDays(20), 3));
        var anonymous = factory.CreateClient();

        foreach (var (status, expected) in new[] { ("finished", finished), ("active", active), ("upcoming", upcoming) })
        {
            var page = (await anonymous.GetFromJsonAsync<ChallengePageBody>($"/api/challenges?status={status}"))!;
            Assert.Equal([(expected.Id, status)], page.Items.Select(c => (c.Id, c.Status)));
        }

        using var invalid = await anonymous.GetAsync("/api/challenges?status=soon");
        await invalid.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid_status");
        using var late = await (await factory.CreateMemberAsync()).Client.PostAsync($"/api/challenges/{finished.Id}/enrol", null);
        await late.ShouldBeProblemAsync(HttpStatusCode.Conflict, "challenge_finished");
    }
}
