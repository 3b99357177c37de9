using System.Net;
using System.Net.Http.Json;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.IntegrationTests.Growth;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Badges;

public sealed record BadgeViewBody(Guid Id, string NameEn, string Tier);

public sealed record EarnedBadgeBody(BadgeViewBody Badge, DateTime EarnedAt, bool Retroactive);

public sealed record BadgeProgressBody(BadgeViewBody Badge, double Progress);

public sealed record MyBadgesBody(IReadOnlyList<EarnedBadgeBody> Earned, IReadOnlyList<BadgeProgressBody> InProgress);

public sealed class BadgeTests
{
    [Fact]
    public async Task Given_a_post_count_badge_Then_progress_shows_on_the_way_and_the_badge_arrives_once_at_the_threshold()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var badge = await admin.CreateBadgeAsync("Writer", Condition("posts_published", 2));
        var group = await admin.CreateGroupAsync();
        var member = await factory.CreateMemberAsync();
        await member.Client.JoinAsync(group);

        await member.Client.PublishAsync(group);
        await factory.DrainOutboxAsync();
        var halfway = await member.Client.MyBadgesAsync();
        Assert.Empty(halfway.Earned);
        Assert.Equal(0.5, halfway.InProgress.Single(p => p.Badge.Id == badge).Progress);

        await member.Client.PublishAsync(group);
        await member.Client.PublishAsync(group);
        await factory.DrainOutboxAsync();

        var earned = Assert.Single((await member.Client.MyBadgesAsync()).Earned);
        Assert.Equal(badge, earned.Badge.Id);
        Assert.False(earned.Retroactive);
        Assert.Single(await factory.OutboxEventsAsync<BadgeEarned>(), e => e.UserId == member.Id);
    }

    [Fact]
    public async Task Given_a_new_badge_awarded_retroactively_Then_everyone_who_qualifies_gets_it_marked_retroactive()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var poster = await factory.CreateMemberAsync();
        var lurker = await factory.CreateMemberAsync();
        await poster.Client.JoinAsync(group);
        await lurker.Client.JoinAsync(group);
        await poster.Client.PublishAsync(group);
        await factory.DrainOutboxAsync();

        await admin.CreateBadgeAsync("First post", Condition("posts_published", 1), retroactive: true);
        await factory.DrainOutboxAsync();

        var earned = Assert.Single((await poster.Client.MyBadgesAsync()).Earned);
        Assert.True(earned.Retroactive);
        Assert.Empty((await lurker.Client.MyBadgesAsync()).Earned);
    }

    [Fact]
    public async Task Given_points_that_cross_a_level_with_a_badge_and_a_badge_about_badges_Then_all_settle_in_one_processing()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var levelBadge = await admin.CreateBadgeAsync("Level two", null, manual: true);
        var collector = await admin.CreateBadgeAsync("Collector", Condition("badges_earned", 1));
        var levels = new[]
        {
            new { number = 1, nameEn = "One", nameZh = "一", xpThreshold = 0L, privileges = Array.Empty<string>(), rewardPoints = (int?)null, rewardBadgeId = (Guid?)null },
            new { number = 2, nameEn = "Two", nameZh = "二", xpThreshold = 50L, privileges = Array.Empty<string>(), rewardPoints = (int?)null, rewardBadgeId = (Guid?)levelBadge },
            new { number = 3, nameEn = "Three", nameZh = "三", xpThreshold = 150L, privileges = new[] { "groups.create" }, rewardPoints = (int?)null, rewardBadgeId = (Guid?)null },
        };
        using (var response = await admin.PutAsJsonAsync("/api/admin/levels", new { levels }))
        {
            await response.ShouldBeAsync(HttpStatusCode.OK);
        }

        var member = await factory.CreateMemberAsync();
        await admin.GrantAsync(member.Id, 60);

        var earned = (await member.Client.MyBadgesAsync()).Earned.Select(e => e.Badge.Id).ToHashSet();
        Assert.Equal(new HashSet<Guid> { levelBadge, collector }, earned);
        Assert.Equal(2, (await member.Client.PointsAsync()).Level.Number);
    }

    [Fact]
    public async Task Given_an_either_or_criterion_Then_one_side_is_enough()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var criterion = new
        {
            @operator = "or",
            conditions = new[] { new { metric = "posts_published", comparison = "gte", threshold = 5L }, new { metric = "comments_posted", comparison = "gte", threshold = 1L } },
        };
        var badge = await admin.CreateBadgeAsync("Talker", criterion);
        var group = await admin.CreateGroupAsync();
        var author = await factory.CreateMemberAsync();
        var commenter = await factory.CreateMemberAsync();
        await author.Client.JoinAsync(group);
        await commenter.Client.JoinAsync(group);
        var post = await author.Client.PublishAsync(group);
        using (var comment = await commenter.Client.PostAsJsonAsync($"/api/posts/{post}/comments", new { body = "Nice one, thanks!" }))
        {
            await comment.ShouldBeAsync(HttpStatusCode.Created);
        }

        await factory.DrainOutboxAsync();

        Assert.Contains((await commenter.Client.MyBadgesAsync()).Earned, e => e.Badge.Id == badge);
        Assert.DoesNotContain((await author.Client.MyBadgesAsync()).Earned, e => e.Badge.Id == badge);
    }

    [Fact]
    public async Task Given_a_manual_badge_Then_staff_grant_and_revoke_it_with_a_reason_and_members_cannot()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var badge = await admin.CreateBadgeAsync("Helper", null, manual: true);
        var member = await factory.CreateMemberAsync();
        var other = await factory.CreateMemberAsync();
        var moderator = await factory.WithRoleAsync(admin, await factory.CreateMemberAsync(), "Moderator");
        var path = $"/api/admin/users/{member.Id}/badges/{badge}";

        using (var byMember = await other.Client.PostAsJsonAsync(path, new { reason = "me too" })) { await byMember.ShouldBeAsync(HttpStatusCode.Forbidden); }
        using (var noReason = await moderator.PostAsJsonAsync(path, new { reason = "" })) { await noReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed"); }
        using (var granted = await moderator.PostAsJsonAsync(path, new { reason = "Answered 50 questions" })) { await granted.ShouldBeAsync(HttpStatusCode.Created); }
        using (var again = await moderator.PostAsJsonAsync(path, new { reason = "Twice" })) { await again.ShouldBeAsync(HttpStatusCode.OK); }
        Assert.Single((await member.Client.MyBadgesAsync()).Earned);

        using (var revoked = await moderator.DeleteAsync($"{path}?reason=Mistake")) { await revoked.ShouldBeAsync(HttpStatusCode.NoContent); }
        using (var gone = await moderator.DeleteAsync($"{path}?reason=Mistake")) { await gone.ShouldBeProblemAsync(HttpStatusCode.NotFound, "badge_not_held"); }
        Assert.Empty((await member.Client.MyBadgesAsync()).Earned);
    }

    [Fact]
    public async Task Given_invalid_badges_Then_400_and_only_operators_manage_the_catalogue()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var member = await factory.CreateMemberAsync();

        using (var badMetric = await admin.PostAsJsonAsync("/api/admin/badges", new { nameEn = "X", nameZh = "X", criterion = new { @operator = "and", conditions = new[] { new { metric = "karma", comparison = "gte", threshold = 1 } } } }))
        {
            var problem = await badMetric.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
            Assert.Contains("criterion", problem.Errors.Keys);
        }

        using (var noCriterion = await admin.PostAsJsonAsync("/api/admin/badges", new { nameEn = "X", nameZh = "X" }))
        {
            await noCriterion.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        }

        using (var byMember = await member.Client.GetAsync("/api/admin/badges")) { await byMember.ShouldBeAsync(HttpStatusCode.Forbidden); }
        using (var anonymous = await factory.CreateClient().GetAsync("/api/me/badges")) { await anonymous.ShouldBeAsync(HttpStatusCode.Unauthorized); }
        using (var catalogue = await factory.CreateClient().GetAsync("/api/badges")) { await catalogue.ShouldBeAsync(HttpStatusCode.OK); }
    }

    private static object Condition(string metric, long threshold) =>
        new { @operator = "and", conditions = new[] { new { metric, comparison = "gte", threshold } } };
}

public static class BadgeApi
{
    public static async Task<Guid> CreateBadgeAsync(this HttpClient admin, string name, object? criterion, bool manual = false, bool retroactive = false)
    {
        using var response = await admin.PostAsJsonAsync("/api/admin/badges", new { nameEn = name, nameZh = name, tier = "bronze", manual, criterion, awardRetroactively = retroactive });
        await response.ShouldBeAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<BadgeViewBody>())!.Id;
    }

    public static async Task<MyBadgesBody> MyBadgesAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<MyBadgesBody>("/api/me/badges"))!;
}
