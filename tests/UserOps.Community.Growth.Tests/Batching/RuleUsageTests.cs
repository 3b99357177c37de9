using UserOps.Community.Growth.Batching;
using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Tests.Batching;

public sealed class RuleUsageTests
{
    private static readonly Guid Member = Guid.CreateVersion7();
    private static readonly Guid Rule = Guid.CreateVersion7();
    private static readonly Guid Reactor = Guid.CreateVersion7();
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static PointEntry Entry(int amount, DateOnly day, Guid? actor = null, PointEntryKind kind = PointEntryKind.Earned, DateTime? at = null) => new()
    {
        UserId = Member, RuleId = Rule, Amount = amount, LocalDate = day, ActorId = actor, Kind = kind,
        OccurredAt = at ?? new DateTime(2026, 11, 29, 12, 0, 0, DateTimeKind.Utc),
    };

    [Fact]
    public void Given_cached_daily_per_actor_and_total_sums_When_an_entry_is_recorded_Then_only_the_sums_it_belongs_to_move()
    {
        var usage = new RuleUsage();
        usage.SetNet(Member, Rule, Today, null, 10);
        usage.SetNet(Member, Rule, Today, Reactor, 3);
        usage.SetNet(Member, Rule, null, null, 40);
        usage.SetNet(Member, Rule, Today.AddDays(-1), null, 7);

        usage.Record(Entry(2, Today, Reactor));
        usage.Record(Entry(1, Today, Guid.CreateVersion7()));
        usage.Record(Entry(-2, Today, Reactor, PointEntryKind.Reversed));

        Assert.True(usage.TryGetNet(Member, Rule, Today, null, out var daily));
        Assert.Equal(11, daily);
        Assert.True(usage.TryGetNet(Member, Rule, Today, Reactor, out var perActor));
        Assert.Equal(3, perActor);
        Assert.True(usage.TryGetNet(Member, Rule, null, null, out var total));
        Assert.Equal(41, total);
        Assert.True(usage.TryGetNet(Member, Rule, Today.AddDays(-1), null, out var yesterday));
        Assert.Equal(7, yesterday);
        Assert.False(usage.TryGetNet(Member, Guid.CreateVersion7(), Today, null, out _));
    }

    [Fact]
    public void Given_a_cached_last_award_When_a_later_earned_entry_and_a_reversal_are_recorded_Then_only_the_earned_one_moves_it()
    {
        var usage = new RuleUsage();
        var earlier = new DateTime(2026, 11, 29, 8, 0, 0, DateTimeKind.Utc);
        var later = earlier.AddHours(2);
        usage.SetLastAward(Member, Rule, earlier);

        usage.Record(Entry(5, Today, at: later));
        usage.Record(Entry(-5, Today, kind: PointEntryKind.Reversed, at: later.AddHours(1)));

        Assert.True(usage.TryGetLastAward(Member, Rule, out var last));
        Assert.Equal(later, last);
    }

    [Fact]
    public void Given_a_day_read_per_actor_When_a_new_actor_gives_points_before_being_asked_about_Then_their_sum_includes_it()
    {
        var usage = new RuleUsage();
        usage.SetDay(Member, Rule, Today, [(Reactor, 4), (null, 2)]);
        var newcomer = Guid.CreateVersion7();

        usage.Record(Entry(1, Today, newcomer));

        Assert.True(usage.TryGetNet(Member, Rule, Today, newcomer, out var newcomerNet));
        Assert.Equal(1, newcomerNet);
        Assert.True(usage.TryGetNet(Member, Rule, Today, Guid.CreateVersion7(), out var stranger));
        Assert.Equal(0, stranger);
        Assert.True(usage.TryGetNet(Member, Rule, Today, null, out var daily));
        Assert.Equal(7, daily);
        Assert.False(usage.TryGetNet(Member, Rule, Today.AddDays(1), Reactor, out _));
    }
}
