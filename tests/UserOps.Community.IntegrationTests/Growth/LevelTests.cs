using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.IntegrationTests.Infrastructure;
using UserOps.Community.Growth.Contracts;

namespace UserOps.Community.IntegrationTests.Growth;

public sealed class LevelTests
{
    [Fact]
    public async Task Given_a_grant_of_150_points_Then_levels_2_and_3_are_each_reached_once()
    {
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.RecordLevels());
        var admin = await factory.CreateAdminClientAsync();
        var member = await factory.CreateMemberAsync();

        var granted = await admin.GrantAsync(member.Id, 150, "Welcome bonus");
        await admin.GrantAsync(member.Id, 10);
        await factory.DrainOutboxAsync();
        await factory.DrainOutboxAsync();

        Assert.Equal((150L, 3), (granted.Xp, granted.Level.Number));
        Assert.Equal(4, granted.NextLevel!.Number);
        Assert.Contains("groups.create", granted.Privileges);
        var reached = factory.Services.GetRequiredService<LevelRecorder>().For(member.Id);
        Assert.Equal([(2, "Member"), (3, "Regular")], reached.Select(r => (r.Level, r.NameEn)));
        var (points, ledger) = await member.Client.AccountAsync();
        Assert.Equal((160L, 3), (points.Xp, points.Level.Number));
        Assert.Contains(ledger, l => (l.Amount, l.Kind, l.Reason, l.SourceType) == (150, "granted", "Welcome bonus", "Manual"));
    }

    [Fact]
    public async Task Given_a_fresh_member_Then_creating_a_group_needs_level_3_and_succeeds_once_reached()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var member = await factory.CreateMemberAsync();

        using (var refused = await member.Client.PostAsJsonAsync("/api/groups", new { name = "Mine", slug = "mine-group" }))
        {
            var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "privilege_required");
            Assert.Equal(3, problem.Body.GetProperty("requiredLevel").GetInt32());
            Assert.Equal("groups.create", problem.Body.GetProperty("privilege").GetString());
        }

        await admin.GrantAsync(member.Id, 149);
        using (var stillRefused = await member.Client.PostAsJsonAsync("/api/groups", new { name = "Mine", slug = "mine-group" }))
        {
            await stillRefused.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "privilege_required");
        }

        await admin.GrantAsync(member.Id, 1);
        await member.Client.CreateGroupAsync();
    }

    [Fact]
    public async Task Given_a_level_2_reward_that_reaches_level_3_Then_both_levels_are_reached_in_the_same_grant()
    {
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.RecordLevels());
        var admin = await factory.CreateAdminClientAsync();
        var member = await factory.CreateMemberAsync();
        var levels = (await admin.GetFromJsonAsync<List<LevelBody>>("/api/levels"))!;
        Assert.Equal([0L, 50, 150, 400, 1000, 2500, 6000, 15000], levels.Select(l => l.XpThreshold));
        using (var replaced = await admin.PutAsJsonAsync("/api/admin/levels", new
        {
            levels = levels.Select(l => new { l.Number, l.NameEn, l.NameZh, l.XpThreshold, l.Privileges, rewardPoints = l.Number == 2 ? (int?)100 : null }),
        }))
        {
            await replaced.ShouldBeAsync(HttpStatusCode.OK);
        }

        var granted = await admin.GrantAsync(member.Id, 50);
        await factory.DrainOutboxAsync();

        Assert.Equal((150L, 150L, 3), (granted.Xp, granted.Balance, granted.Level.Number));
        Assert.Equal([2, 3], factory.Services.GetRequiredService<LevelRecorder>().For(member.Id).Select(r => r.Level));
        var (_, ledger) = await member.Client.AccountAsync();
        Assert.Contains(ledger, l => (l.Amount, l.Kind, l.Reason, l.SourceType) == (100, "granted", "Reached level 2: Member", "LevelReached"));
        var announced = Assert.Single(await factory.OutboxEventsAsync<PointsAwarded>(), e => e.SourceType == "LevelReached");
        Assert.Equal((member.Id, 100), (announced.UserId, announced.Total));
    }
}
