using UserOps.Community.BuildingBlocks.Events;

namespace UserOps.Community.BuildingBlocks.Outbox;

internal enum OutboxStatus
{
    Pending = 0,
    Processed = 1,
    Parked = 2,
}

/// <summary>An integration event waiting for (or done with) delivery. Id is insertion order.</summary>
internal sealed class OutboxMessage
{
    public long Id { get; set; }

    public Guid MessageId { get; set; }

    public OutboxLane Lane { get; set; }

    public required string Type { get; set; }

    public required string Payload { get; set; }

    public Guid AggregateId { get; set; }

    public DateTime OccurredAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptAt { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTime? LeaseExpiresAt { get; set; }

    public DateTime? ProcessedAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>The event this row was written from, while the writing context holds it; not stored.</summary>
    public IIntegrationEvent? Event { get; init; }

    /// <summary>The same event, pending in another lane.</summary>
    public OutboxMessage CopyTo(OutboxLane lane) => new()
    {
        MessageId = MessageId,
        Lane = lane,
        Type = Type,
        Payload = Payload,
        AggregateId = AggregateId,
        OccurredAt = OccurredAt,
        CreatedAt = CreatedAt,
        NextAttemptAt = NextAttemptAt,
        Status = OutboxStatus.Pending,
    };
}
