namespace UserOps.Community.Growth.Domain;

internal enum Recipient
{
    Actor = 0,
    ContentAuthor = 1,
    Inviter = 2,
    Invitee = 3,
}

/// <summary>An operator-configured rule: when EventType happens, give Points to the Recipient, within limits.</summary>
internal sealed class PointRule
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string Name { get; set; } = string.Empty;

    public string EventType { get; set; } = string.Empty;

    public Recipient Recipient { get; set; }

    public int Points { get; set; }

    public decimal Multiplier { get; set; } = 1m;

    public int? DailyCap { get; set; }

    public int? TotalCap { get; set; }

    /// <summary>For author rewards: the most one other member can give this recipient per day.</summary>
    public int? PerActorDailyCap { get; set; }

    public int? CooldownSeconds { get; set; }

    public int? MinContentLength { get; set; }

    public Guid? GroupId { get; set; }

    public DateTime? ActiveFrom { get; set; }

    public DateTime? ActiveUntil { get; set; }

    public bool Enabled { get; set; } = true;

    public int Version { get; set; } = 1;

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public bool IsActiveAt(DateTime instant) =>
        Enabled && (ActiveFrom is null || instant >= ActiveFrom) && (ActiveUntil is null || instant < ActiveUntil);

    public int AmountPerAward => (int)Math.Round(Points * Multiplier, MidpointRounding.AwayFromZero);
}
