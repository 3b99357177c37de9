using System.Globalization;

namespace UserOps.Community.Growth.Leaderboards;

internal enum PeriodKind
{
    Day,
    Week,
    Month,
    All,
    Season,
}

/// <summary>Period keys: "d:2026-11-28", "w:2026-W48" (ISO week), "m:2026-11", "all", "s:{season id}".</summary>
internal static class LeaderboardPeriods
{
    public const string AllTime = "all";

    public static string Key(PeriodKind kind, DateOnly date, Guid? seasonId = null) => kind switch
    {
        PeriodKind.Day => string.Create(CultureInfo.InvariantCulture, $"d:{date:yyyy-MM-dd}"),
        PeriodKind.Week => string.Create(CultureInfo.InvariantCulture, $"w:{ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):00}"),
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"m:{date:yyyy-MM}"),
        PeriodKind.Season => $"s:{seasonId:N}",
        _ => AllTime,
    };

    /// <summary>Every calendar period a community day belongs to.</summary>
    public static IReadOnlyList<string> CalendarKeys(DateOnly date) =>
        [Key(PeriodKind.Day, date), Key(PeriodKind.Week, date), Key(PeriodKind.Month, date), AllTime];

    public static PeriodKind? Parse(string? value) => (value ?? "week").ToLowerInvariant() switch
    {
        "day" => PeriodKind.Day,
        "week" => PeriodKind.Week,
        "month" => PeriodKind.Month,
        "all" or "all-time" => PeriodKind.All,
        "season" => PeriodKind.Season,
        _ => null,
    };
}
