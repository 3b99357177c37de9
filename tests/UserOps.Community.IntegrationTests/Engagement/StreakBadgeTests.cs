using UserOps.Community.Engagement.Contracts;
using UserOps.Community.IntegrationTests.Badges;
using UserOps.Community.IntegrationTests.Growth;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Engagement;

/// <summary>Streak badges: the check-in events keep the current and longest streak gauges that badge criteria read.</summary>
public sealed class StreakBadgeTests
{
    [Fact]
    public async Task Given_a_three_day_streak_badge_Then_it_arrives_on_the_third_day_and_a_break_resets_only_the_current_streak()
    {
        await using var factory = await EngagementApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var threeInARow = await admin.CreateBadgeAsync("Three in a row", AtLeast("current_streak", 3));
        var member = await factory.CreateMemberAsync("Asia/Shanghai");

        for (var day = 0; day < 3; day++)
        {
            factory.Clock.SetUtcNow(EngagementApi.Noon.AddDays(day));
            var client = await factory.SignInAgainAsync(member);
            Assert.Empty((await client.MyBadgesAsync()).Earned);
            await client.CheckInAsync();
            await factory.SettleAsync();
        }

        var earned = Assert.Single((await (await factory.SignInAgainAsync(member)).MyBadgesAsync()).Earned);
        Assert.Equal(threeInARow, earned.Badge.Id);

        factory.Clock.SetUtcNow(EngagementApi.Noon.AddDays(5));
        await (await factory.SignInAgainAsync(member)).CheckInAsync();
        await factory.SettleAsync();
        Assert.Single(factory.Events.Of<StreakBroken>());

        admin = await factory.CreateAdminClientAsync();
        var longest = await admin.CreateBadgeAsync("Once kept three", AtLeast("longest_streak", 3), retroactive: true);
        var current = await admin.CreateBadgeAsync("Two right now", AtLeast("current_streak", 2), retroactive: true);
        await factory.SettleAsync();

        var badges = (await (await factory.SignInAgainAsync(member)).MyBadgesAsync()).Earned.Select(b => b.Badge.Id).ToList();
        Assert.Contains(longest, badges);
        Assert.DoesNotContain(current, badges);
    }

    private static object AtLeast(string metric, long threshold) =>
        new { @operator = "and", conditions = new[] { new { metric, comparison = "gte", threshold } } };
}
