using UserOps.Community.Engagement.Contracts;
using UserOps.Community.IntegrationTests.Growth;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Engagement;

public sealed class ChallengeRewardDeliveryTests
{
    [Fact]
    public async Task Given_20_concurrent_redeliveries_of_one_ChallengeCompleted_Then_the_reward_is_granted_once()
    {
        await using var factory = await EngagementApi.CreateFactoryAsync(configure: o => o.With("Outbox:DispatcherEnabled", false));
        var admin = await factory.CreateAdminClientAsync();
        var challenge = await admin.CreateChallengeAsync(EngagementApi.DailyChallenge(new DateOnly(2026, 11, 28), new DateOnly(2026, 11, 30), 1, rewardPoints: 30));
        var member = await factory.CreateMemberAsync("UTC");
        await member.Client.EnrolAsync(challenge.Id);
        await member.Client.CheckInAsync();
        var completed = Assert.Single(await factory.OutboxEventsAsync<ChallengeCompleted>());

        using var start = new SemaphoreSlim(0);
        var deliveries = Enumerable.Range(0, 20).Select(async _ =>
        {
            await start.WaitAsync();
            try
            {
                await factory.DeliverToGrowthAsync("EngagementActivityHandlers", completed);
                return null;
            }
            catch (Exception exception)
            {
                return exception;
            }
        }).ToList();
        start.Release(20);
        var failures = (await Task.WhenAll(deliveries)).OfType<Exception>().ToList();
        // The outbox then delivers the original message too.
        await factory.SettleAsync();

        var (points, ledger) = await member.Client.AccountAsync();
        Assert.Equal(30, Assert.Single(ledger, l => l.SourceType == "ChallengeCompleted").Amount);
        Assert.Equal(30 + 5, points.Xp);
        Assert.True(failures.Count < 20, $"Every delivery failed: {failures.FirstOrDefault()}");
    }
}
