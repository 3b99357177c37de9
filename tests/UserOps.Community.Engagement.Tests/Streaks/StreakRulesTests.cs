using UserOps.Community.Engagement.Streaks;

namespace UserOps.Community.Engagement.Tests.Streaks;

public sealed class StreakRulesTests
{
    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    private static DateTime Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    private static DateOnly Date(int month, int day) => new(2026, month, day);

    private static CheckInDecision DecideIn(TimeZoneInfo zone, LastCheckIn? last, DateTime now) => StreakRules.Decide(last, LocalDays.DateOf(now, zone), now);

    [Fact]
    public void Given_no_earlier_check_in_Then_a_streak_starts() =>
        Assert.Equal(CheckInDecision.StartsStreak, StreakRules.Decide(null, Date(11, 28), Utc(11, 28, 12)));

    [Fact]
    public void Given_a_check_in_today_Then_another_the_same_local_day_is_already_checked_in()
    {
        var shanghai = Zone("Asia/Shanghai");
        var last = StreakRules.After(Date(11, 28), shanghai);

        // 23:59 in Shanghai on the same day.
        Assert.Equal(CheckInDecision.AlreadyCheckedIn, DecideIn(shanghai, last, Utc(11, 28, 15, 59)));
        Assert.Equal(CheckInDecision.ContinuesStreak, DecideIn(shanghai, last, Utc(11, 28, 16, 0)));
    }

    [Theory]
    [InlineData("America/New_York", 3, 7, 3, 8)]
    [InlineData("America/New_York", 10, 31, 11, 1)]
    [InlineData("America/New_York", 11, 1, 11, 2)]
    [InlineData("Europe/Berlin", 3, 28, 3, 29)]
    [InlineData("Europe/Berlin", 10, 25, 10, 26)]
    public void Given_consecutive_local_days_across_a_DST_change_Then_the_streak_continues_at_any_hour_of_the_next_day(
        string zoneId, int lastMonth, int lastDay, int nextMonth, int nextDay)
    {
        var zone = Zone(zoneId);
        var last = StreakRules.After(Date(lastMonth, lastDay), zone);
        var next = Date(nextMonth, nextDay);
        var start = LocalDays.StartUtc(next, zone);
        var end = LocalDays.EndUtc(next, zone);

        for (var instant = start; instant < end; instant = instant.AddMinutes(30))
        {
            Assert.Equal(CheckInDecision.ContinuesStreak, DecideIn(zone, last, instant));
        }

        Assert.Equal(CheckInDecision.StartsStreak, DecideIn(zone, last, end));
        Assert.Equal(CheckInDecision.AlreadyCheckedIn, DecideIn(zone, last, start.AddTicks(-1)));
    }

    [Fact]
    public void Given_a_missed_local_day_Then_the_next_check_in_starts_a_new_streak()
    {
        var berlin = Zone("Europe/Berlin");
        var last = StreakRules.After(Date(11, 26), berlin);

        Assert.Equal(CheckInDecision.StartsStreak, DecideIn(berlin, last, Utc(11, 28, 9)));
        Assert.True(StreakRules.IsBroken(last, Date(11, 28), Utc(11, 28, 9)));
        Assert.Equal(0, StreakRules.Current(5, last, Date(11, 28), Utc(11, 28, 9)));
        Assert.Equal(5, StreakRules.Current(5, last, Date(11, 27), Utc(11, 27, 9)));
    }

    [Fact]
    public void Given_a_move_east_across_the_date_line_that_skips_a_local_date_Then_the_streak_still_continues()
    {
        // Checked in on 27 November in Pago Pago (UTC-11); that day ends at 28 Nov 11:00 UTC, when it is already 29 November in Kiritimati (UTC+14).
        var last = StreakRules.After(Date(11, 27), Zone("Pacific/Pago_Pago"));
        var kiritimati = Zone("Pacific/Kiritimati");

        Assert.Equal(CheckInDecision.AlreadyCheckedIn, DecideIn(kiritimati, last, Utc(11, 28, 10, 59)));
        Assert.Equal(CheckInDecision.ContinuesStreak, DecideIn(kiritimati, last, Utc(11, 28, 11)));
        Assert.Equal(CheckInDecision.ContinuesStreak, DecideIn(kiritimati, last, Utc(11, 29, 10, 59)));
        Assert.Equal(CheckInDecision.StartsStreak, DecideIn(kiritimati, last, Utc(11, 30, 11)));
    }

    [Fact]
    public void Given_a_move_west_across_the_date_line_Then_the_same_local_date_is_refused_and_the_next_one_continues()
    {
        // Checked in on 29 November in Kiritimati; that day ends at 29 Nov 10:00 UTC, still 28 November in Pago Pago.
        var last = StreakRules.After(Date(11, 29), Zone("Pacific/Kiritimati"));
        var pagoPago = Zone("Pacific/Pago_Pago");

        Assert.Equal(CheckInDecision.AlreadyCheckedIn, DecideIn(pagoPago, last, Utc(11, 29, 12)));
        Assert.Equal(CheckInDecision.AlreadyCheckedIn, DecideIn(pagoPago, last, Utc(11, 30, 10, 59)));
        // 30 November in Pago Pago begins after the deadline, yet is the next local date: the streak continues.
        Assert.Equal(CheckInDecision.ContinuesStreak, DecideIn(pagoPago, last, Utc(11, 30, 11)));
        Assert.False(StreakRules.IsBroken(last, Date(11, 30), Utc(11, 30, 12)));
        Assert.Equal(CheckInDecision.StartsStreak, DecideIn(pagoPago, last, Utc(12, 1, 11)));
    }

    [Fact]
    public void Given_a_move_from_Shanghai_to_New_York_mid_streak_Then_no_instant_gives_a_second_check_in_and_the_next_day_continues()
    {
        var last = StreakRules.After(Date(11, 28), Zone("Asia/Shanghai"));
        var newYork = Zone("America/New_York");

        // Still 28 November in New York after Shanghai's 28 November ended.
        Assert.Equal(CheckInDecision.AlreadyCheckedIn, DecideIn(newYork, last, Utc(11, 28, 17)));
        Assert.Equal(CheckInDecision.ContinuesStreak, DecideIn(newYork, last, Utc(11, 29, 15)));
    }

    public static TheoryData<string, string> ZonePairs()
    {
        string[] zones = ["Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Shanghai", "America/New_York", "Europe/Berlin", "UTC"];
        var pairs = new TheoryData<string, string>();
        foreach (var from in zones)
        {
            foreach (var to in zones)
            {
                pairs.Add(from, to);
            }
        }

        return pairs;
    }

    [Theory]
    [MemberData(nameof(ZonePairs))]
    public void Given_any_time_zone_change_after_a_check_in_Then_the_first_accepted_check_in_continues_the_streak_for_at_least_a_day(string from, string to)
    {
        var newZone = Zone(to);
        // Around both DST changes and an ordinary day.
        foreach (var date in new[] { Date(3, 8), Date(3, 29), Date(10, 25), Date(11, 1), Date(11, 28) })
        {
            var last = StreakRules.After(date, Zone(from));
            var decisions = Enumerable.Range(0, 72 * 4).Select(q => DecideIn(newZone, last, last.DayEndsAt.AddHours(-12).AddMinutes(15 * q))).ToList();
            var firstAccepted = decisions.FindIndex(d => d != CheckInDecision.AlreadyCheckedIn);
            Assert.True(firstAccepted >= 0);
            Assert.Equal(CheckInDecision.ContinuesStreak, decisions[firstAccepted]);
            var window = decisions.Skip(firstAccepted).TakeWhile(d => d == CheckInDecision.ContinuesStreak).Count();
            Assert.True(window * 15 >= 23 * 60, $"{from} -> {to} on {date}: only {window * 15} minutes to continue");
        }
    }

    [Fact]
    public void Given_dates_with_a_gap_Then_runs_are_split_and_a_make_up_joins_them()
    {
        DatedCheckIn[] split = [new(Date(11, 1), false), new(Date(11, 2), false), new(Date(11, 3), false), new(Date(11, 5), false), new(Date(11, 6), false)];
        Assert.Equal([3, 3, 3, 2, 2], StreakRules.Runs(split).Select(r => r.Length));
        Assert.Equal(Date(11, 5), StreakRules.Runs(split)[4].Start);

        var joined = split.Append(new DatedCheckIn(Date(11, 4), true)).OrderBy(c => c.Date).ToList();
        Assert.All(StreakRules.Runs(joined), r => Assert.Equal((Date(11, 1), 6), r));
    }

    [Fact]
    public void Given_a_check_in_that_bridged_a_zone_change_Then_it_joins_the_run_before_it()
    {
        DatedCheckIn[] dates = [new(Date(11, 27), false), new(Date(11, 29), true), new(Date(11, 30), false)];
        Assert.Equal([3, 3, 3], StreakRules.Runs(dates).Select(r => r.Length));
    }

    [Fact]
    public void Given_milestones_Then_only_those_passed_are_crossed_and_the_next_is_the_smallest_above()
    {
        int[] milestones = [3, 7, 14, 30, 100, 365];
        Assert.Equal([3], StreakRules.Crossed(2, 3, milestones));
        Assert.Empty(StreakRules.Crossed(3, 4, milestones));
        Assert.Equal([7, 14], StreakRules.Crossed(4, 20, milestones));
        Assert.Equal(7, StreakRules.Next(3, milestones));
        Assert.Equal(3, StreakRules.Next(0, milestones));
        Assert.Null(StreakRules.Next(365, milestones));
    }
}
