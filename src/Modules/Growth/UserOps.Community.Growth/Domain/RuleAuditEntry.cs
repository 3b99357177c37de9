namespace UserOps.Community.Growth.Domain;

/// <summary>Every change to a rule: who, when, and the rule before and after (JSON).</summary>
internal sealed class RuleAuditEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RuleId { get; init; }

    public string Action { get; init; } = string.Empty;

    public Guid ActorId { get; init; }

    public DateTime At { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }
}
