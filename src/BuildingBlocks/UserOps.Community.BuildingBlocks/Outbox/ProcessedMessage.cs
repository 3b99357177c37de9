namespace UserOps.Community.BuildingBlocks.Outbox;

/// <summary>Proof that one handler has applied one message; committed with the handler's effects.</summary>
internal sealed class ProcessedMessage
{
    public required string Handler { get; set; }

    public Guid MessageId { get; set; }

    public DateTime ProcessedAt { get; set; }
}
