using UserOps.Community.Growth.Domain;
using UserOps.Community.Growth.Engine;
using static UserOps.Community.Growth.Tests.Engine.Rules;

namespace UserOps.Community.Growth.Tests.Engine;

public sealed class RuleSimulationTests
{
    private static readonly DateOnly Day = DateOnly.FromDateTime(Noon);

    [Fact]
    public void Given_a_daily_cap_Then_awards_stop_at_the_cap_and_resume_on_the_next_local_day()
    {
        var rule = Post();
        rule.DailyCap = 12;
        var simulation = new RuleSimulation(rule);

        var today = Enumerable.Range(0, 4).Select(i => simulation.Offer(PostBy(Author, Noon.AddMinutes(i)), Author, Day)).ToList();
        var tomorrow = simulation.Offer(PostBy(Author, Noon.AddMinutes(5)), Author, Day.AddDays(1));

        Assert.Equal([5, 5, 2, 0], today);
        Assert.Equal(5, tomorrow);
        Assert.Equal(4, simulation.Awards);
        Assert.Equal(17, simulation.Points);
        Assert.Equal(1, simulation.Members);
    }

    [Fact]
    public void Given_a_capped_member_Then_another_member_on_another_local_day_has_a_cap_of_their_own()
    {
        var rule = Post();
        rule.DailyCap = 5;
        var simulation = new RuleSimulation(rule);
        var other = Guid.CreateVersion7();

        Assert.Equal(5, simulation.Offer(PostBy(Author, Noon), Author, Day));
        Assert.Equal(0, simulation.Offer(PostBy(Author, Noon.AddHours(1)), Author, Day));
        Assert.Equal(5, simulation.Offer(PostBy(other, Noon.AddHours(1)), other, Day.AddDays(1)));
        Assert.Equal(2, simulation.Members);
    }

    [Fact]
    public void Given_a_per_actor_cap_Then_one_reacting_member_gives_at_most_the_cap_and_another_still_gives()
    {
        var rule = ReactionReceived();
        rule.DailyCap = 50;
        rule.PerActorDailyCap = 5;
        var simulation = new RuleSimulation(rule);
        var second = Guid.CreateVersion7();

        var fromFirst = Enumerable.Range(0, 7).Sum(i => simulation.Offer(Reaction(Reactor, Author, Noon.AddMinutes(i)), Author, Day));
        var fromSecond = simulation.Offer(Reaction(second, Author, Noon.AddMinutes(10)), Author, Day);
        var nextDay = simulation.Offer(Reaction(Reactor, Author, Noon.AddDays(1)), Author, Day.AddDays(1));

        Assert.Equal(5, fromFirst);
        Assert.Equal(1, fromSecond);
        Assert.Equal(1, nextDay);
        Assert.Equal(7, simulation.Points);
    }

    [Fact]
    public void Given_a_total_cap_Then_a_member_never_gets_more_across_days()
    {
        var rule = new PointRule { Name = "Profile", EventType = EventTypes.PostPublished, Recipient = Recipient.Actor, Points = 20, TotalCap = 20 };
        var simulation = new RuleSimulation(rule);

        Assert.Equal(20, simulation.Offer(PostBy(Author, Noon), Author, Day));
        Assert.Equal(0, simulation.Offer(PostBy(Author, Noon.AddDays(3)), Author, Day.AddDays(3)));
        Assert.Equal(20, simulation.Points);
    }

    [Fact]
    public void Given_a_cooldown_Then_awards_inside_it_are_refused_and_do_not_restart_it()
    {
        var rule = Post();
        rule.CooldownSeconds = 3600;
        var simulation = new RuleSimulation(rule);

        Assert.Equal(5, simulation.Offer(PostBy(Author, Noon), Author, Day));
        Assert.Equal(0, simulation.Offer(PostBy(Author, Noon.AddMinutes(59)), Author, Day));
        Assert.Equal(5, simulation.Offer(PostBy(Author, Noon.AddMinutes(60)), Author, Day));
        Assert.Equal(2, simulation.Awards);
    }

    [Fact]
    public void Given_activities_the_rule_does_not_apply_to_Then_they_count_for_nothing()
    {
        var simulation = new RuleSimulation(Post());

        Assert.Equal(0, simulation.Offer(PostBy(Author, Noon, length: 5), Author, Day));
        Assert.Equal(0, simulation.Awards);
        Assert.Equal(0, simulation.Members);
    }
}
