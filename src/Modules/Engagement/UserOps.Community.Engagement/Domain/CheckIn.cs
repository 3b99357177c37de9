namespace UserOps.Community.Engagement.Domain;

/// <summary>One check-in: unique per member and local date; the date is fixed when recorded.</summary>
internal sealed class CheckIn
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MemberId { get; init; }

    public DateOnly LocalDate { get; init; }

    /// <summary>The IANA zone the local date was computed in.</summary>
    public string TimeZone { get; init; } = string.Empty;

    public DateTime RecordedAt { get; init; }

    /// <summary>The member's local date when the request was made (differs from <see cref="LocalDate"/> for make-ups); monthly make-up limits count by it.</summary>
    public DateOnly RecordedOn { get; init; }

    public string? Note { get; init; }

    public string? Mood { get; init; }

    public bool IsMakeup { get; init; }

    /// <summary>True when this check-in continued the previous one's streak across a time-zone change (dates not adjacent).</summary>
    public bool BridgesZoneChange { get; init; }

    public int StreakLength { get; init; }

    /// <summary>The CheckInRecorded event, so the growth ledger can be asked what it paid for this check-in.</summary>
    public Guid EventId { get; init; }
}
