using UserOps.Community.Referrals.Activation;

namespace UserOps.Community.Referrals.Tests;

public sealed class ActivationRulesTests
{
    private static readonly ActivationOptions Default = new();

    [Theory]
    [InlineData(true, 1, 0, true)]
    [InlineData(true, 0, 3, true)]
    [InlineData(true, 0, 2, false)]
    [InlineData(false, 5, 5, false)]
    [InlineData(true, 0, 0, false)]
    public void Given_the_default_criterion_Then_profile_AND_one_post_OR_three_check_ins_activates(bool profile, int posts, int checkIns, bool expected) =>
        Assert.Equal(expected, ActivationRules.IsMet(Default, profile, posts, checkIns));

    [Fact]
    public void Given_both_paths_switched_off_Then_the_profile_alone_activates()
    {
        var options = new ActivationOptions { MinPosts = 0, MinCheckIns = 0 };

        Assert.True(ActivationRules.IsMet(options, profileComplete: true, posts: 0, checkIns: 0));
        Assert.False(ActivationRules.IsMet(options, profileComplete: false, posts: 0, checkIns: 0));
    }

    [Fact]
    public void Given_no_profile_requirement_and_only_check_ins_Then_posts_do_not_count()
    {
        var options = new ActivationOptions { RequireProfileComplete = false, MinPosts = 0, MinCheckIns = 2 };

        Assert.False(ActivationRules.IsMet(options, profileComplete: false, posts: 10, checkIns: 1));
        Assert.True(ActivationRules.IsMet(options, profileComplete: false, posts: 0, checkIns: 2));
    }

    [Theory]
    [InlineData(null, 1000, true)]
    [InlineData(3, 2, true)]
    [InlineData(3, 3, false)]
    [InlineData(0, 0, false)]
    public void Given_a_cap_Then_only_counts_below_it_leave_room(int? cap, int rewarded, bool expected) =>
        Assert.Equal(expected, ActivationRules.UnderCap(cap, rewarded));
}
