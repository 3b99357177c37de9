using UserOps.Community.Engagement.Domain;

namespace UserOps.Community.Engagement.Streaks;

/// <summary>Reads and moves a <see cref="MemberStreak"/> row with the rules of <see cref="StreakRules"/>.</summary>
internal static class StreakState
{
    public static LastCheckIn? Last(MemberStreak streak) =>
        streak is { LastDate: { } date, LastDayEndsAt: { } endsAt, StreakDeadline: { } deadline } ? new LastCheckIn(date, endsAt, deadline) : null;

    public static int Current(MemberStreak? streak, DateOnly today, DateTime nowUtc) =>
        streak is null ? 0 : StreakRules.Current(streak.CurrentStreak, Last(streak), today, nowUtc);

    /// <summary>A new last date: the run now ends on <paramref name="date"/> with <paramref name="length"/> days.</summary>
    public static void Extend(MemberStreak streak, DateOnly date, TimeZoneInfo zone, int length, DateOnly startedOn, DateTime now)
    {
        var last = StreakRules.After(date, zone);
        streak.LastDate = date;
        streak.LastDayEndsAt = last.DayEndsAt;
        streak.StreakDeadline = last.StreakDeadline;
        streak.CurrentStreak = length;
        streak.StreakStartedOn = startedOn;
        streak.LongestStreak = Math.Max(streak.LongestStreak, length);
        streak.TotalCheckIns++;
        streak.BreakReported = false;
        streak.UpdatedAt = now;
    }
}
