using UserOps.Community.Referrals.Stats;

namespace UserOps.Community.Referrals.Tests;

public sealed class StatsMathTests
{
    [Fact]
    public void Given_an_odd_count_Then_the_median_is_the_middle_value_whatever_the_order() =>
        Assert.Equal(4.0, StatsMath.Median([10, 2, 4]));

    [Fact]
    public void Given_an_even_count_Then_the_median_is_the_mean_of_the_two_middle_values() =>
        Assert.Equal(5.0, StatsMath.Median([2, 10, 6, 4]));

    [Fact]
    public void Given_no_values_Then_there_is_no_median() => Assert.Null(StatsMath.Median([]));

    [Fact]
    public void Given_a_zero_denominator_Then_the_ratio_is_null_not_infinity()
    {
        Assert.Null(StatsMath.Ratio(3, 0));
        Assert.Equal(0.75, StatsMath.Ratio(3, 4));
    }
}
