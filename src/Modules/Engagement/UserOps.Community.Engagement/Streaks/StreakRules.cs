namespace UserOps.Community.Engagement.Streaks;

/// <summary>A check-in's date and whether it continued its predecessor across a time-zone change.</summary>
internal readonly record struct DatedCheckIn(DateOnly Date, bool BridgesZoneChange);

/// <summary>The state a new check-in is judged against.</summary>
internal readonly record struct LastCheckIn(DateOnly Date, DateTime DayEndsAt, DateTime StreakDeadline);

internal enum CheckInDecision
{
    /// <summary>The instant still belongs to the last check-in's day (or the local date is not later): return the existing one.</summary>
    AlreadyCheckedIn,

    StartsStreak,

    ContinuesStreak,
}

/// <summary>
/// Streak arithmetic (docs/adr/0009-check-in-days-and-time-zones.md). Pure, so the time-zone edge cases are unit tested.
/// </summary>
internal static class StreakRules
{
    public static readonly IReadOnlyList<int> DefaultMilestones = [3, 7, 14, 30, 100, 365];

    /// <summary>Decides a normal check-in at <paramref name="nowUtc"/> for <paramref name="today"/> (the member's current local date).</summary>
    public static CheckInDecision Decide(LastCheckIn? last, DateOnly today, DateTime nowUtc)
    {
        if (last is not { } previous)
        {
            return CheckInDecision.StartsStreak;
        }

        // Each check-in owns the instants from the end of its predecessor's day to the end of its own: no instant is owned twice.
        if (nowUtc < previous.DayEndsAt || today <= previous.Date)
        {
            return CheckInDecision.AlreadyCheckedIn;
        }

        // The next local date always continues; so does any check-in within a full day after the last day ended in its own zone,
        // which a move east (skipping a local date) would otherwise make impossible.
        return today == previous.Date.AddDays(1) || nowUtc < previous.StreakDeadline
            ? CheckInDecision.ContinuesStreak
            : CheckInDecision.StartsStreak;
    }

    public static LastCheckIn After(DateOnly date, TimeZoneInfo zone) =>
        new(date, LocalDays.EndUtc(date, zone), LocalDays.EndUtc(date.AddDays(1), zone));

    /// <summary>The streak shown now: the run ending on the last date while it can still be continued, else 0.</summary>
    public static int Current(int runLength, LastCheckIn? last, DateOnly today, DateTime nowUtc) =>
        last is { } previous && (nowUtc < previous.StreakDeadline || today <= previous.Date.AddDays(1)) ? runLength : 0;

    /// <summary>True when the streak ending on the last date can no longer be continued.</summary>
    public static bool IsBroken(LastCheckIn last, DateOnly today, DateTime nowUtc) =>
        nowUtc >= last.StreakDeadline && today > last.Date.AddDays(1);

    /// <summary>For check-ins sorted by date: each one's run (start date, length). A make-up can join two runs.</summary>
    public static IReadOnlyList<(DateOnly Start, int Length)> Runs(IReadOnlyList<DatedCheckIn> sorted)
    {
        var result = new (DateOnly Start, int Length)[sorted.Count];
        var runStart = 0;
        for (var i = 1; i <= sorted.Count; i++)
        {
            var joined = i < sorted.Count && (sorted[i].Date == sorted[i - 1].Date.AddDays(1) || sorted[i].BridgesZoneChange);
            if (joined)
            {
                continue;
            }

            for (var j = runStart; j < i; j++)
            {
                result[j] = (sorted[runStart].Date, i - runStart);
            }

            runStart = i;
        }

        return result;
    }

    /// <summary>Milestones passed when a streak grows from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static IEnumerable<int> Crossed(int before, int after, IEnumerable<int> milestones) =>
        milestones.Where(m => m > before && m <= after).Order();

    public static int? Next(int streak, IEnumerable<int> milestones) =>
        milestones.Where(m => m > streak).Order().Cast<int?>().FirstOrDefault();
}
