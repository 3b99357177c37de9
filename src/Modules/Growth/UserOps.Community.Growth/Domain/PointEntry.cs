namespace UserOps.Community.Growth.Domain;

internal enum PointEntryKind
{
    Earned = 0,
    Reversed = 1,
    Spent = 2,
    Refunded = 3,
    Granted = 4,
    Revoked = 5,
}

/// <summary>One line of the append-only ledger. XP and balance are sums over it.</summary>
internal sealed class PointEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid UserId { get; init; }

    public int Amount { get; init; }

    public PointEntryKind Kind { get; init; }

    /// <summary>The rule that produced it; null for manual grants, spending and level rewards.</summary>
    public Guid? RuleId { get; init; }

    /// <summary>The integration event (or request) that caused it: with the rule, the idempotency key.</summary>
    public Guid SourceEventId { get; init; }

    public string SourceType { get; init; } = string.Empty;

    /// <summary>What the points were for (e.g. "post:{id}"), so undoing that thing finds the entries to reverse.</summary>
    public string? SubjectKey { get; init; }

    /// <summary>Who caused it (the reactor for reaction points), for per-actor caps.</summary>
    public Guid? ActorId { get; init; }

    public Guid? GroupId { get; init; }

    public DateTime OccurredAt { get; init; }

    /// <summary>The member's local calendar day when it happened: daily caps count by it.</summary>
    public DateOnly LocalDate { get; init; }

    public string Reason { get; init; } = string.Empty;

    /// <summary>For a reversal, the entry it cancels; unique, so an entry is reversed at most once.</summary>
    public Guid? ReversesEntryId { get; init; }

    /// <summary>Who granted or revoked by hand.</summary>
    public Guid? OperatorId { get; init; }

    public bool CountsTowardXp => Kind is PointEntryKind.Earned or PointEntryKind.Reversed or PointEntryKind.Granted or PointEntryKind.Revoked;
}
