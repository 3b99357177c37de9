using UserOps.Community.Growth.Domain;
using UserOps.Community.Growth.Engine;
using static UserOps.Community.Growth.Tests.Engine.Rules;

namespace UserOps.Community.Growth.Tests.Engine;

public sealed class RuleLimitsTests
{
    [Fact]
    public void Given_a_post_long_enough_Then_the_post_rule_applies_to_its_author() =>
        Assert.True(RuleLimits.Applies(Post(), PostBy(Author, Noon), Author));

    [Fact]
    public void Given_a_disabled_rule_Then_it_does_not_apply()
    {
        var rule = Post();
        rule.Enabled = false;
        Assert.False(RuleLimits.Applies(rule, PostBy(Author, Noon), Author));
    }

    [Fact]
    public void Given_another_event_type_Then_the_rule_does_not_apply() =>
        Assert.False(RuleLimits.Applies(Post(), Comment(Author, Reactor, Noon), Author));

    [Fact]
    public void Given_an_activity_before_ActiveFrom_Then_the_rule_does_not_apply_and_at_ActiveFrom_it_does()
    {
        var rule = Post();
        rule.ActiveFrom = Noon;
        Assert.False(RuleLimits.Applies(rule, PostBy(Author, Noon.AddTicks(-1)), Author));
        Assert.True(RuleLimits.Applies(rule, PostBy(Author, Noon), Author));
    }

    [Fact]
    public void Given_ActiveUntil_Then_the_window_is_half_open_and_ends_at_ActiveUntil()
    {
        var rule = Post();
        rule.ActiveFrom = Noon.AddDays(-2);
        rule.ActiveUntil = Noon;
        Assert.True(RuleLimits.Applies(rule, PostBy(Author, Noon.AddTicks(-1)), Author));
        Assert.False(RuleLimits.Applies(rule, PostBy(Author, Noon), Author));
    }

    [Fact]
    public void Given_a_group_scoped_rule_Then_it_applies_only_to_activity_in_that_group()
    {
        var group = Guid.CreateVersion7();
        var rule = Post();
        rule.GroupId = group;
        Assert.True(RuleLimits.Applies(rule, PostBy(Author, Noon, group: group), Author));
        Assert.False(RuleLimits.Applies(rule, PostBy(Author, Noon, group: Guid.CreateVersion7()), Author));
    }

    [Theory]
    [InlineData(19, false)]
    [InlineData(20, true)]
    [InlineData(21, true)]
    public void Given_a_minimum_length_of_20_Then_shorter_content_earns_nothing(int length, bool applies) =>
        Assert.Equal(applies, RuleLimits.Applies(Post(), PostBy(Author, Noon, length), Author));

    [Fact]
    public void Given_no_minimum_length_Then_short_content_earns() =>
        Assert.True(RuleLimits.Applies(ReactionReceived(), Reaction(Reactor, Author, Noon), Author));

    [Fact]
    public void Given_a_reaction_to_your_own_content_Then_neither_the_author_nor_the_actor_rule_applies()
    {
        var reaction = Reaction(Author, Author, Noon);
        var actorRule = ReactionReceived();
        actorRule.Recipient = Recipient.Actor;
        Assert.False(RuleLimits.Applies(ReactionReceived(), reaction, Author));
        Assert.False(RuleLimits.Applies(actorRule, reaction, Author));
    }

    [Fact]
    public void Given_a_reaction_from_someone_else_Then_both_the_author_and_the_actor_rule_apply()
    {
        var reaction = Reaction(Reactor, Author, Noon);
        var actorRule = ReactionReceived();
        actorRule.Recipient = Recipient.Actor;
        Assert.True(RuleLimits.Applies(ReactionReceived(), reaction, Author));
        Assert.True(RuleLimits.Applies(actorRule, reaction, Reactor));
    }

    [Fact]
    public void Given_a_reply_to_your_own_post_Then_the_author_reward_is_not_given_to_the_actor()
    {
        var authorRule = new PointRule { Name = "Got a reply", EventType = EventTypes.CommentPosted, Recipient = Recipient.ContentAuthor, Points = 1 };
        Assert.False(RuleLimits.Applies(authorRule, Comment(Author, Author, Noon), Author));
        Assert.True(RuleLimits.Applies(authorRule, Comment(Reactor, Author, Noon), Author));
    }

    [Fact]
    public void Given_points_that_round_to_zero_Then_the_rule_does_not_apply()
    {
        var rule = Post(points: 1);
        rule.Multiplier = 0.4m;
        Assert.False(RuleLimits.Applies(rule, PostBy(Author, Noon), Author));
    }

    [Theory]
    [InlineData(5, null, 1000, 5)]
    [InlineData(5, 50, 0, 5)]
    [InlineData(5, 50, 45, 5)]
    [InlineData(5, 50, 47, 3)]
    [InlineData(5, 50, 50, 0)]
    [InlineData(5, 50, 60, 0)]
    [InlineData(5, 50, -5, 5)]
    public void Given_what_a_rule_already_gave_Then_Capped_returns_what_still_fits(int amount, int? cap, int given, int expected) =>
        Assert.Equal(expected, RuleLimits.Capped(amount, cap, given));

    [Fact]
    public void Given_a_cooldown_Then_an_award_inside_it_is_refused_and_one_at_its_end_is_not()
    {
        var rule = Post();
        rule.CooldownSeconds = 60;
        Assert.True(RuleLimits.InCooldown(rule, Noon, Noon.AddSeconds(59)));
        Assert.False(RuleLimits.InCooldown(rule, Noon, Noon.AddSeconds(60)));
    }

    [Fact]
    public void Given_no_cooldown_or_no_earlier_award_Then_never_in_cooldown()
    {
        var rule = Post();
        Assert.False(RuleLimits.InCooldown(rule, Noon, Noon));
        rule.CooldownSeconds = 60;
        Assert.False(RuleLimits.InCooldown(rule, null, Noon));
    }
}
