using UserOps.Community.Engagement.Domain;

namespace UserOps.Community.Engagement.CheckIns;

internal sealed record CheckInView(
    Guid Id, DateOnly LocalDate, string TimeZone, DateTime RecordedAt, string? Note, string? Mood, bool IsMakeup, int StreakLength)
{
    public static CheckInView From(CheckIn c) => new(c.Id, c.LocalDate, c.TimeZone, c.RecordedAt, c.Note, c.Mood, c.IsMakeup, c.StreakLength);
}

/// <summary>
/// <c>pointsAwarded</c> is read from the growth ledger for this check-in's event: null until the growth pipeline has
/// processed it (usually so on the first response), then the points the rules gave (0 when capped).
/// </summary>
internal sealed record CheckInResponse(
    CheckInView CheckIn, int CurrentStreak, int LongestStreak, bool AlreadyCheckedIn, int? PointsAwarded, int? NextMilestone);
