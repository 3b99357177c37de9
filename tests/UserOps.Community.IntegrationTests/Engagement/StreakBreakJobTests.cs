using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.Engagement.Contracts;
using UserOps.Community.Engagement.Streaks;
using UserOps.Community.IntegrationTests.Growth;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Engagement;

public sealed class StreakBreakJobTests
{
    [Fact]
    public async Task Given_streaks_that_ended_Then_the_daily_job_raises_StreakBroken_once_and_a_later_check_in_adds_none()
    {
        // The hosted job's own timer is pushed out of the way so the test runs the scan itself.
        await using var factory = await EngagementApi.CreateFactoryAsync(configure: o => o.With("Engagement:StreakJobInterval", "30.00:00:00"));
        var lapsed = await factory.CreateMemberAsync("Asia/Shanghai");
        var alive = await factory.CreateMemberAsync("UTC");
        await lapsed.Client.CheckInAsync();
        await alive.Client.CheckInAsync();
        factory.Clock.SetUtcNow(EngagementApi.Noon.AddDays(1));
        await (await factory.SignInAgainAsync(alive)).CheckInAsync();

        factory.Clock.SetUtcNow(EngagementApi.Noon.AddDays(2));
        var first = await ScanAsync(factory);
        var second = await ScanAsync(factory);
        await (await factory.SignInAgainAsync(lapsed)).CheckInAsync();
        await factory.SettleAsync();

        Assert.Equal((1, 0), (first, second));
        var broken = Assert.Single(factory.Events.Of<StreakBroken>());
        Assert.Equal((lapsed.Id, 1, new DateOnly(2026, 11, 28), new DateOnly(2026, 11, 30)), (broken.MemberId, broken.StreakLength, broken.LastCheckInDate, broken.DetectedOn));
    }

    private static async Task<int> ScanAsync(CommunityApiFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StreakBreakScanner>().RunAsync(CancellationToken.None);
    }
}
