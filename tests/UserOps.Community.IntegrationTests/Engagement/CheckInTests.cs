using System.Net;
using System.Net.Http.Json;
using UserOps.Community.Engagement.Contracts;
using UserOps.Community.IntegrationTests.Growth;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Engagement;

public sealed class CheckInTests
{
    [Fact]
    public async Task Given_a_second_check_in_on_the_same_local_day_Then_it_returns_the_first_with_no_second_event_or_reward()
    {
        await using var factory = await EngagementApi.CreateFactoryAsync();
        var member = await factory.CreateMemberAsync("Asia/Shanghai");

        var (firstStatus, first) = await member.Client.CheckInAsync(new { note = "  Morning run  ", mood = "great" });
        await factory.SettleAsync();
        factory.Clock.Advance(TimeSpan.FromHours(3));
        var (secondStatus, second) = await (await factory.SignInAgainAsync(member)).CheckInAsync(new { note = "again" });
        await factory.SettleAsync();

        Assert.Equal((HttpStatusCode.Created, false, 1, 1), (firstStatus, first.AlreadyCheckedIn, first.CurrentStreak, first.LongestStreak));
        Assert.Equal((new DateOnly(2026, 11, 28), "Asia/Shanghai", "Morning run", "great"), (first.CheckIn.LocalDate, first.CheckIn.TimeZone, first.CheckIn.Note, first.CheckIn.Mood));
        Assert.Null(first.PointsAwarded);
        Assert.Equal(3, first.NextMilestone);
        Assert.Equal((HttpStatusCode.OK, true, first.CheckIn.Id, "Morning run"), (secondStatus, second.AlreadyCheckedIn, second.CheckIn.Id, second.CheckIn.Note));
        // The repeat reads what the growth pipeline paid for the first one.
        Assert.Equal(5, second.PointsAwarded);
        Assert.Single(factory.Events.Of<CheckInRecorded>());
        var (points, ledger) = await (await factory.SignInAgainAsync(member)).AccountAsync();
        Assert.Equal(5, points.Xp);
        Assert.Single(ledger, l => l.SourceType == "CheckInRecorded");
    }

    [Fact]
    public async Task Given_50_parallel_check_ins_Then_exactly_one_check_in_one_event_and_one_reward()
    {
        await using var factory = await EngagementApi.CreateFactoryAsync();
        var member = await factory.CreateMemberAsync("Europe/Berlin");

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => member.Client.CheckInAsync()));
        await factory.SettleAsync();

        Assert.Single(responses, r => r.Status == HttpStatusCode.Created);
        Assert.Equal(49, responses.Count(r => r.Status == HttpStatusCode.OK && r.Body.AlreadyCheckedIn));
        Assert.Single(responses.Select(r => r.Body.CheckIn.Id).Distinct());
        Assert.Single(factory.Events.Of<CheckInRecorded>());
        var summary = await member.Client.SummaryAsync();
        Assert.Equal((1, 1, true), (summary.TotalCheckIns, summary.CurrentStreak, summary.CheckedInToday));
        Assert.Equal(1, (await member.Client.TodayAsync()).Count);
        var (points, _) = await member.Client.AccountAsync();
        Assert.Equal(5, points.Xp);
    }

    [Fact]
    public async Task Given_check_ins_on_consecutive_local_days_Then_the_streak_grows_and_each_milestone_is_reached_once()
    {
        await using var factory = await EngagementApi.CreateFactoryAsync();
        var member = await factory.CreateMemberAsync("America/New_York");
        var streaks = new List<int>();

        for (var day = 0; day < 8; day++)
        {
            factory.Clock.SetUtcNow(EngagementApi.Noon.AddDays(day));
            var client = await factory.SignInAgainAsync(member);
            streaks.Add((await client.CheckInAsync()).Body.CurrentStreak);
            await client.CheckInAsync();
            await factory.SettleAsync();
        }

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], streaks);
        Assert.Equal([3, 7], factory.Events.Of<StreakReached>().Select(e => e.Milestone));
        var summary = await (await factory.SignInAgainAsync(member)).SummaryAsync();
        Assert.Equal((8, 8, 8, 14), (summary.CurrentStreak, summary.LongestStreak, summary.TotalCheckIns, summary.NextMilestone));
        var (_, ledger) = await (await factory.SignInAgainAsync(member)).AccountAsync();
        Assert.Equal(2, ledger.Count(l => l.SourceType == "StreakReached"));
        Assert.Equal(8, ledger.Count(l => l.SourceType == "CheckInRecorded"));
    }

    [Fact]
    public async Task Given_a_missed_day_Then_the_next_check_in_starts_over_and_StreakBroken_is_raised_once()
    {
        await using var factory = await EngagementApi.CreateFactoryAsync();
        var member = await factory.CreateMemberAsync("UTC");
        await member.Client.CheckInAsync();
        factory.Clock.SetUtcNow(EngagementApi.Noon.AddDays(1));
        await (await factory.SignInAgainAsync(member)).CheckInAsync();

        factory.Clock.SetUtcNow(EngagementApi.Noon.AddDays(3));
        var client = await factory.SignInAgainAsync(member);
        Assert.Equal(0, (await client.SummaryAsync()).CurrentStreak);
        var (_, restarted) = await client.CheckInAsync();
        await factory.SettleAsync();

        Assert.Equal((1, 2), (restarted.CurrentStreak, restarted.LongestStreak));
        var broken = Assert.Single(factory.Events.Of<StreakBroken>());
        Assert.Equal((2, new DateOnly(2026, 11, 29), new DateOnly(2026, 12, 1)), (broken.StreakLength, broken.LastCheckInDate, broken.DetectedOn));
    }

    [Fact]
    public async Task Given_a_time_zone_change_mid_streak_Then_the_old_day_is_not_checked_in_twice_and_the_streak_continues()
    {
        // 10:00 UTC on 28 November is 18:00 in Shanghai.
        await using var factory = await EngagementApi.CreateFactoryAsync(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));
        var member = await factory.CreateMemberAsync("Asia/Shanghai");
        var (_, first) = await member.Client.CheckInAsync();
        await member.Client.SetTimeZoneAsync("America/New_York");

        // 17:00 UTC: Shanghai's 28 November is over, but it is 12:00 on 28 November in New York.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 28, 17, 0, 0, TimeSpan.Zero));
        var (sameDayStatus, sameDay) = await (await factory.SignInAgainAsync(member)).CheckInAsync();
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 29, 15, 0, 0, TimeSpan.Zero));
        var (_, nextDay) = await (await factory.SignInAgainAsync(member)).CheckInAsync();

        Assert.Equal((HttpStatusCode.OK, true, first.CheckIn.Id), (sameDayStatus, sameDay.AlreadyCheckedIn, sameDay.CheckIn.Id));
        Assert.Equal((new DateOnly(2026, 11, 29), "America/New_York", 2, false), (nextDay.CheckIn.LocalDate, nextDay.CheckIn.TimeZone, nextDay.CurrentStreak, nextDay.AlreadyCheckedIn));
    }

    [Fact]
    public async Task Given_a_move_east_across_the_date_line_that_skips_a_local_date_Then_the_streak_is_not_broken()
    {
        // 28 November 12:00 UTC is 01:00 on 28 November in Pago Pago (UTC-11).
        await using var factory = await EngagementApi.CreateFactoryAsync();
        var member = await factory.CreateMemberAsync("Pacific/Pago_Pago");
        await member.Client.CheckInAsync();
        await member.Client.SetTimeZoneAsync("Pacific/Kiritimati");

        // Pago Pago's 28 November ends at 29 Nov 11:00 UTC, when it is already 30 November in Kiritimati.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        var (_, moved) = await (await factory.SignInAgainAsync(member)).CheckInAsync();

        Assert.Equal((new DateOnly(2026, 11, 30), 2), (moved.CheckIn.LocalDate, moved.CurrentStreak));
    }

    [Theory]
    [InlineData("note", 281, null)]
    [InlineData("mood", 0, "ecstatic")]
    public async Task Given_an_invalid_check_in_Then_400_names_the_field(string field, int noteLength, string? mood)
    {
        await using var factory = await EngagementApi.CreateFactoryAsync();
        var member = await factory.CreateMemberAsync();

        using var response = await member.Client.PostAsJsonAsync("/api/check-ins", new { note = new string('x', noteLength), mood });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal([field], problem.Errors.Keys);
        Assert.Equal(0, (await member.Client.SummaryAsync()).TotalCheckIns);
    }

    [Fact]
    public async Task Given_check_ins_Then_the_calendar_lists_the_month_and_rejects_a_malformed_month()
    {
        await using var factory = await EngagementApi.CreateFactoryAsync();
        var member = await factory.CreateMemberAsync("Asia/Shanghai");
        await member.Client.CheckInAsync();
        factory.Clock.SetUtcNow(EngagementApi.Noon.AddDays(3));
        var client = await factory.SignInAgainAsync(member);
        await client.CheckInAsync();

        var november = (await client.GetFromJsonAsync<CalendarBody>("/api/me/check-ins?month=2026-11"))!;
        var current = (await client.GetFromJsonAsync<CalendarBody>("/api/me/check-ins"))!;
        var summary = await client.SummaryAsync();
        using var malformed = await client.GetAsync("/api/me/check-ins?month=2026-13");

        Assert.Equal([new DateOnly(2026, 11, 28)], november.CheckIns.Select(c => c.LocalDate));
        Assert.Equal("2026-12", current.Month);
        Assert.Equal([new DateOnly(2026, 12, 1)], current.CheckIns.Select(c => c.LocalDate));
        Assert.Equal(("2026-12", 1, 1, 1.0), (summary.ThisMonth.Month, summary.ThisMonth.CheckedInDays, summary.ThisMonth.ElapsedDays, summary.ThisMonth.Rate));
        await malformed.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid_month");
        // The last month the calendar can hold has no month after it to bound the query: a 400, not an overflow.
        using var last = await client.GetAsync("/api/me/check-ins?month=9999-12");
        await last.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid_month");
    }

    [Fact]
    public async Task Given_members_of_a_group_check_in_Then_today_counts_them_site_wide_and_per_group_and_a_private_group_is_hidden()
    {
        await using var factory = await EngagementApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var open = await admin.CreateGroupAsync();
        using (var created = await admin.PostAsJsonAsync("/api/groups", new { name = "Hidden", slug = $"h-{Guid.NewGuid():N}"[..20], visibility = "private" }))
        {
            await created.ShouldBeAsync(HttpStatusCode.Created);
        }

        var hidden = (await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/groups?query=Hidden")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var members = new List<SignedInMember>();
        for (var i = 0; i < 3; i++)
        {
            members.Add(await factory.CreateMemberAsync());
        }

        await members[0].Client.JoinAsync(open);
        await members[1].Client.JoinAsync(open);
        foreach (var member in members)
        {
            await member.Client.CheckInAsync();
            await member.Client.CheckInAsync();
        }

        Assert.Equal(3, (await members[2].Client.TodayAsync()).Count);
        Assert.Equal(2, (await factory.CreateClient().TodayAsync(open)).Count);
        Assert.Equal(0, (await admin.TodayAsync(hidden)).Count);
        using var refused = await members[0].Client.GetAsync($"/api/check-ins/today?groupId={hidden}");
        await refused.ShouldBeProblemAsync(HttpStatusCode.NotFound, "group_not_found");
    }

    [Theory]
    [InlineData("POST", "/api/check-ins")]
    [InlineData("POST", "/api/check-ins/makeup")]
    [InlineData("GET", "/api/me/check-ins")]
    [InlineData("GET", "/api/me/check-ins/summary")]
    [InlineData("POST", "/api/challenges")]
    [InlineData("POST", "/api/challenges/0193a000-0000-7000-8000-000000000001/enrol")]
    [InlineData("GET", "/api/challenges/0193a000-0000-7000-8000-000000000001/me")]
    public async Task Given_no_token_Then_member_endpoints_are_401(string method, string path)
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? JsonContent.Create(new { }) : null };

        using var response = await factory.CreateClient().SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }
}
