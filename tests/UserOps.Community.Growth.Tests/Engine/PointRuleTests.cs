using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Tests.Engine;

public sealed class PointRuleTests
{
    [Theory]
    [InlineData(5, "1", 5)]
    [InlineData(5, "2", 10)]
    [InlineData(5, "1.5", 8)]
    [InlineData(3, "1.5", 5)]
    [InlineData(1, "0.5", 1)]
    [InlineData(1, "0.4", 0)]
    [InlineData(7, "0.1", 1)]
    [InlineData(10_000, "10", 100_000)]
    public void Given_points_and_a_multiplier_Then_the_award_is_rounded_half_away_from_zero(int points, string multiplier, int expected)
    {
        var rule = new PointRule { Points = points, Multiplier = decimal.Parse(multiplier, System.Globalization.CultureInfo.InvariantCulture) };
        Assert.Equal(expected, rule.AmountPerAward);
    }

    [Fact]
    public void Given_a_new_rule_Then_the_multiplier_is_one() => Assert.Equal(5, new PointRule { Points = 5 }.AmountPerAward);
}
