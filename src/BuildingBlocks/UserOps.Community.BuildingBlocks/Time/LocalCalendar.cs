namespace UserOps.Community.BuildingBlocks.Time;

/// <summary>Local calendar days in a member's IANA time zone.</summary>
public static class LocalCalendar
{
    public static bool IsKnownTimeZone(string? timeZoneId) =>
        !string.IsNullOrWhiteSpace(timeZoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _);

    public static TimeZoneInfo FindTimeZone(string? timeZoneId) =>
        !string.IsNullOrWhiteSpace(timeZoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone)
            ? zone
            : TimeZoneInfo.Utc;

    public static DateOnly LocalDate(DateTimeOffset instant, string? timeZoneId) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, FindTimeZone(timeZoneId)).DateTime);

    public static DateOnly Today(this TimeProvider timeProvider, string? timeZoneId) =>
        LocalDate(timeProvider.GetUtcNow(), timeZoneId);
}
