namespace UserOps.Community.Groups.Domain;

internal enum JoinRequestStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
}

internal sealed class JoinRequest
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid GroupId { get; init; }

    public Guid UserId { get; init; }

    public string? Message { get; init; }

    public JoinRequestStatus Status { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime? DecidedAt { get; set; }

    public Guid? DecidedBy { get; set; }
}
