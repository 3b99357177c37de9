using System.Net;
using UserOps.Community.Engagement.Contracts;
using UserOps.Community.IntegrationTests.Growth;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Engagement;

public sealed class MakeupTests
{
    private static readonly DateOnly Nov28 = new(2026, 11, 28);

    /// <summary>150 points reach level 3, which grants checkins.makeup.</summary>
    private static async Task<SignedInMember> PrivilegedMemberAsync(CommunityApiFactory factory)
    {
        var member = await factory.CreateMemberAsync("UTC");
        await (await factory.CreateAdminClientAsync()).GrantAsync(member.Id, 150);
        return member;
    }

    [Fact]
    public async Task Given_a_member_below_the_level_that_grants_make_up_Then_it_is_403_privilege_required()
    {
        await using var factory = await EngagementApi.CreateFactoryAsync();
        var member = await factory.CreateMemberAsync("UTC");

        using var response = await member.Client.MakeUpAsync(Nov28.AddDays(-1));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "privilege_required");
        Assert.Equal(("checkins.makeup", 3), (problem.Body.GetProperty("privilege").GetString(), problem.Body.GetProperty("requiredLevel").GetInt32()));
        Assert.Equal(0, (await member.Client.SummaryAsync()).TotalCheckIns);
    }

    [Fact]
    public async Task Given_a_missed_day_between_two_check_ins_Then_a_make_up_joins_the_streaks_and_costs_points_once()
    {
        await using var factory = await EngagementApi.CreateFactoryAsync();
        var member = await PrivilegedMemberAsync(factory);
        await member.Client.CheckInAsync();
        factory.Clock.SetUtcNow(EngagementApi.Noon.AddDays(2));
        var client = await factory.SignInAgainAsync(member);
        Assert.Equal(1, (await client.CheckInAsync()).Body.CurrentStreak);

        using var response = await client.MakeUpAsync(Nov28.AddDays(1));
        await factory.SettleAsync();

        await response.ShouldBeAsync(HttpStatusCode.Created);
        var body = (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<CheckInBody>(response.Content))!;
        Assert.Equal((true, new DateOnly(2026, 11, 29), 3, 3, 3), (body.CheckIn.IsMakeup, body.CheckIn.LocalDate, body.CheckIn.StreakLength, body.CurrentStreak, body.LongestStreak));
        Assert.Single(factory.Events.Of<CheckInRecorded>(), e => e.IsMakeup);
        Assert.Equal([3], factory.Events.Of<StreakReached>().Select(e => e.Milestone));
        var summary = await client.SummaryAsync();
        Assert.Equal((3, 3, 1, 2), (summary.CurrentStreak, summary.TotalCheckIns, summary.MakeupsUsedThisMonth, summary.MakeupsLeftThisMonth));
        var (_, ledger) = await client.AccountAsync();
        var spent = Assert.Single(ledger, l => l.Kind == "spent");
        Assert.Equal((-20, "Make-up check-in for 2026-11-29"), (spent.Amount, spent.Reason));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-8)]
    [InlineData(1)]
    public async Task Given_a_date_outside_the_last_seven_days_Then_it_is_400_and_costs_nothing(int offset)
    {
        await using var factory = await EngagementApi.CreateFactoryAsync();
        var member = await PrivilegedMemberAsync(factory);

        using var response = await member.Client.MakeUpAsync(Nov28.AddDays(offset));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "makeup_outside_window");
        Assert.Equal(150, (await member.Client.PointsAsync()).Balance);
    }

    [Fact]
    public async Task Given_the_oldest_day_in_the_window_Then_it_can_be_made_up_but_not_twice()
    {
        await using var factory = await EngagementApi.CreateFactoryAsync();
        var member = await PrivilegedMemberAsync(factory);

        using var first = await member.Client.MakeUpAsync(Nov28.AddDays(-7));
        using var again = await member.Client.MakeUpAsync(Nov28.AddDays(-7));

        await first.ShouldBeAsync(HttpStatusCode.Created);
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "already_checked_in");
        await factory.SettleAsync(); // the check-in reward may land between the points read and the ledger read
        var (_, ledger) = await member.Client.AccountAsync();
        Assert.Equal(-20, Assert.Single(ledger, l => l.Kind == "spent").Amount);
    }

    [Fact]
    public async Task Given_a_missing_date_Then_it_is_400_naming_the_field()
    {
        await using var factory = await EngagementApi.CreateFactoryAsync();
        var member = await PrivilegedMemberAsync(factory);

        using var response = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(member.Client, "/api/check-ins/makeup", new { });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["date"], problem.Errors.Keys);
    }

    [Fact]
    public async Task Given_seven_parallel_make_ups_Then_only_the_monthly_limit_of_three_succeed_and_are_paid()
    {
        await using var factory = await EngagementApi.CreateFactoryAsync(new DateTimeOffset(2026, 12, 9, 12, 0, 0, TimeSpan.Zero));
        var member = await PrivilegedMemberAsync(factory);

        var responses = await Task.WhenAll(Enumerable.Range(1, 7).Select(days => member.Client.MakeUpAsync(new DateOnly(2026, 12, 9).AddDays(-days))));

        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "makeup_limit_reached");
        }

        await factory.SettleAsync();
        var (_, ledger) = await member.Client.AccountAsync();
        Assert.Equal([-20, -20, -20], ledger.Where(l => l.Kind == "spent").Select(l => l.Amount));
        Assert.Equal((3, 0), ((await member.Client.SummaryAsync()).TotalCheckIns, (await member.Client.SummaryAsync()).MakeupsLeftThisMonth));
    }

    [Fact]
    public async Task Given_a_balance_below_the_cost_Then_it_is_409_insufficient_balance_and_no_check_in_is_recorded()
    {
        await using var factory = await EngagementApi.CreateFactoryAsync(configure: o => o.With("Engagement:Makeup:Cost", 151));
        var member = await PrivilegedMemberAsync(factory);

        using var response = await member.Client.MakeUpAsync(Nov28.AddDays(-1));
        await factory.SettleAsync();

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "insufficient_balance");
        Assert.Equal(151, problem.Body.GetProperty("cost").GetInt32());
        Assert.Equal(0, (await member.Client.SummaryAsync()).TotalCheckIns);
        Assert.Empty(factory.Events.Of<CheckInRecorded>());
        var (points, ledger) = await member.Client.AccountAsync();
        Assert.Equal(150, points.Balance);
        Assert.DoesNotContain(ledger, l => l.Kind == "spent");
    }
}
