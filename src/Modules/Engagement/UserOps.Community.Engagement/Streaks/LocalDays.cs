namespace UserOps.Community.Engagement.Streaks;

/// <summary>Where local calendar days begin and end in UTC, correct across DST and skipped days.</summary>
internal static class LocalDays
{
    /// <summary>The first instant of <paramref name="date"/> in <paramref name="zone"/> (UTC).</summary>
    public static DateTime StartUtc(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // A DST gap (or a skipped day) can make midnight not exist: the day begins at the first valid local time.
        for (var guard = 0; zone.IsInvalidTime(local) && guard < 200; guard++)
        {
            local = local.AddMinutes(15);
        }

        // At an ambiguous midnight the day begins at the earlier of the two instants, i.e. with the larger offset.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }

    /// <summary>The instant <paramref name="date"/> ends in <paramref name="zone"/>: the start of the next day.</summary>
    public static DateTime EndUtc(DateOnly date, TimeZoneInfo zone) => StartUtc(date.AddDays(1), zone);

    public static DateOnly DateOf(DateTime utc, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone));
}
