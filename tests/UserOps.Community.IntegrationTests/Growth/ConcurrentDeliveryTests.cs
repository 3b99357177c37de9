using UserOps.Community.Content.Contracts;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Growth;

public sealed class ConcurrentDeliveryTests
{
    [Fact]
    public async Task Given_50_concurrent_deliveries_of_one_PostPublished_Then_one_award_of_5()
    {
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.With("Outbox:DispatcherEnabled", false));
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var member = await factory.CreateMemberAsync();
        await member.Client.JoinAsync(group);
        await member.Client.PublishAsync(group);
        var published = Assert.Single(await factory.OutboxEventsAsync<PostPublished>());

        using var start = new SemaphoreSlim(0);
        var deliveries = Enumerable.Range(0, 50).Select(async _ =>
        {
            await start.WaitAsync();
            try
            {
                await factory.DeliverToGrowthAsync("ContentActivityHandlers", published);
                return null;
            }
            catch (Exception exception)
            {
                return exception;
            }
        }).ToList();
        start.Release(50);
        var failures = (await Task.WhenAll(deliveries)).OfType<Exception>().ToList();

        // A losing delivery may fail on the unique keys and be retried by the outbox; it must never award twice.
        await factory.DrainOutboxAsync();
        var (points, ledger) = await member.Client.AccountAsync();
        Assert.Equal(1 + 5, points.Xp);
        Assert.Equal(5, Assert.Single(ledger, l => l.SourceType == "PostPublished").Amount);
        Assert.True(failures.Count < 50, $"Every delivery failed: {failures.FirstOrDefault()}");
    }
}
