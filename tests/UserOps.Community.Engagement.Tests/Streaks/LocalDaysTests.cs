using UserOps.Community.Engagement.Streaks;

namespace UserOps.Community.Engagement.Tests.Streaks;

public sealed class LocalDaysTests
{
    [Theory]
    [InlineData("America/New_York", "2026-03-08", "2026-03-08T05:00:00", 23)]
    [InlineData("America/New_York", "2026-11-01", "2026-11-01T04:00:00", 25)]
    [InlineData("America/New_York", "2026-11-28", "2026-11-28T05:00:00", 24)]
    [InlineData("Europe/Berlin", "2026-03-29", "2026-03-28T23:00:00", 23)]
    [InlineData("Europe/Berlin", "2026-10-25", "2026-10-24T22:00:00", 25)]
    [InlineData("Asia/Shanghai", "2026-11-28", "2026-11-27T16:00:00", 24)]
    [InlineData("Pacific/Kiritimati", "2026-11-28", "2026-11-27T10:00:00", 24)]
    [InlineData("Pacific/Pago_Pago", "2026-11-28", "2026-11-28T11:00:00", 24)]
    public void Given_a_zone_and_a_date_Then_the_day_starts_at_local_midnight_and_lasts_as_long_as_DST_makes_it(
        string zoneId, string date, string startUtc, int hours)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        var start = LocalDays.StartUtc(day, zone);
        var end = LocalDays.EndUtc(day, zone);

        Assert.Equal(DateTime.Parse(startUtc, System.Globalization.CultureInfo.InvariantCulture), start);
        Assert.Equal(DateTimeKind.Utc, start.Kind);
        Assert.Equal(TimeSpan.FromHours(hours), end - start);
        Assert.Equal(day, LocalDays.DateOf(start, zone));
        Assert.Equal(day, LocalDays.DateOf(end.AddTicks(-1), zone));
        Assert.Equal(day.AddDays(1), LocalDays.DateOf(end, zone));
    }

    [Fact]
    public void Given_a_zone_whose_clocks_skip_midnight_Then_the_day_starts_at_the_first_local_time_that_exists()
    {
        // Chile moves clocks from 00:00 to 01:00 on the first Sunday of September.
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");
        var day = new DateOnly(2026, 9, 6);

        var start = LocalDays.StartUtc(day, zone);

        Assert.Equal(day, LocalDays.DateOf(start, zone));
        Assert.Equal(day.AddDays(-1), LocalDays.DateOf(start.AddTicks(-1), zone));
        Assert.Equal(TimeSpan.FromHours(23), LocalDays.EndUtc(day, zone) - start);
    }
}
