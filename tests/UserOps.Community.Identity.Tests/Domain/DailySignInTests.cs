using Microsoft.Extensions.Time.Testing;
using UserOps.Community.BuildingBlocks.Time;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.Identity.Domain;

namespace UserOps.Community.Identity.Tests.Domain;

/// <summary>UserSignedIn is raised at most once per member per local day, in the member's own time zone.</summary>
public sealed class DailySignInTests
{
    [Fact]
    public void Given_sign_ins_before_and_after_Shanghai_midnight_Then_one_event_per_local_day()
    {
        // 15:30 UTC is 23:30 in Shanghai (UTC+8 all year).
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 15, 30, 0, TimeSpan.Zero));
        var user = CommunityUserTests.NewUser("Asia/Shanghai");

        Assert.True(SignIn(user, clock));
        clock.Advance(TimeSpan.FromMinutes(20));
        Assert.False(SignIn(user, clock));
        clock.Advance(TimeSpan.FromMinutes(20));
        Assert.True(SignIn(user, clock));

        Assert.Equal([new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 11)], LocalDates(user));
    }

    [Fact]
    public void Given_sign_ins_across_UTC_midnight_within_one_Shanghai_day_Then_one_event()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 23, 0, 0, TimeSpan.Zero));
        var user = CommunityUserTests.NewUser("Asia/Shanghai");

        Assert.True(SignIn(user, clock));
        clock.Advance(TimeSpan.FromHours(2));
        Assert.False(SignIn(user, clock));

        Assert.Equal([new DateOnly(2026, 3, 11)], LocalDates(user));
    }

    [Fact]
    public void Given_New_York_on_the_day_DST_starts_Then_local_midnight_moves_with_the_offset()
    {
        // 8 March 2026: clocks go from 02:00 EST (UTC-5) to 03:00 EDT (UTC-4).
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 8, 4, 30, 0, TimeSpan.Zero));
        var user = CommunityUserTests.NewUser("America/New_York");

        Assert.True(SignIn(user, clock)); // 23:30 EST on 7 March
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 8, 5, 10, 0, TimeSpan.Zero));
        Assert.True(SignIn(user, clock)); // 00:10 EST on 8 March
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 9, 3, 50, 0, TimeSpan.Zero));
        Assert.False(SignIn(user, clock)); // 23:50 EDT on 8 March (it would be 22:50 EST)
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 9, 4, 5, 0, TimeSpan.Zero));
        Assert.True(SignIn(user, clock)); // 00:05 EDT on 9 March, though still 23:05 by the winter offset

        Assert.Equal([new DateOnly(2026, 3, 7), new DateOnly(2026, 3, 8), new DateOnly(2026, 3, 9)], LocalDates(user));
    }

    [Fact]
    public void Given_New_York_on_the_day_DST_ends_Then_the_25_hour_day_is_still_one_day()
    {
        // 1 November 2026: clocks go from 02:00 EDT (UTC-4) back to 01:00 EST (UTC-5).
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 4, 10, 0, TimeSpan.Zero));
        var user = CommunityUserTests.NewUser("America/New_York");

        Assert.True(SignIn(user, clock)); // 00:10 EDT on 1 November
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 2, 4, 30, 0, TimeSpan.Zero));
        Assert.False(SignIn(user, clock)); // 23:30 EST, still 1 November, 24 h 20 min later
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 2, 5, 1, 0, TimeSpan.Zero));
        Assert.True(SignIn(user, clock)); // 00:01 EST on 2 November

        Assert.Equal([new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 2)], LocalDates(user));
    }

    [Fact]
    public void Given_an_unknown_time_zone_Then_days_are_counted_in_UTC()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 23, 59, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 3, 10), clock.Today("Not/AZone"));
        Assert.Equal(new DateOnly(2026, 3, 10), clock.Today(null));
        Assert.False(LocalCalendar.IsKnownTimeZone("Not/AZone"));
        Assert.True(LocalCalendar.IsKnownTimeZone("Asia/Shanghai"));
    }

    private static bool SignIn(CommunityUser user, FakeTimeProvider clock) =>
        user.RecordSignIn(clock.Today(user.TimeZone), clock.GetUtcNow().UtcDateTime);

    private static List<DateOnly> LocalDates(CommunityUser user) =>
        [.. user.PendingEvents.OfType<UserSignedIn>().Select(e => e.LocalDate)];
}
