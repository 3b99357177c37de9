using UserOps.Community.BuildingBlocks.Outbox;

namespace UserOps.Community.BuildingBlocks.Tests.Outbox;

public sealed class OutboxOptionsTests
{
    private static readonly OutboxOptions Options = new()
    {
        RetryBaseDelay = TimeSpan.FromSeconds(1),
        RetryMaxDelay = TimeSpan.FromMinutes(5),
    };

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(8, 128)]
    [InlineData(9, 256)]
    public void Given_an_attempt_below_the_cap_Then_the_delay_doubles_each_time(int attempts, int expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), Options.DelayForAttempt(attempts));

    [Theory]
    [InlineData(10)]
    [InlineData(21)]
    [InlineData(1000)]
    [InlineData(int.MaxValue)]
    public void Given_an_attempt_past_the_cap_Then_the_delay_is_the_maximum(int attempts) =>
        Assert.Equal(TimeSpan.FromMinutes(5), Options.DelayForAttempt(attempts));

    [Fact]
    public void Given_a_maximum_below_the_base_Then_the_maximum_wins()
    {
        var options = new OutboxOptions { RetryBaseDelay = TimeSpan.FromSeconds(10), RetryMaxDelay = TimeSpan.FromSeconds(3) };

        Assert.Equal(TimeSpan.FromSeconds(3), options.DelayForAttempt(1));
    }
}
