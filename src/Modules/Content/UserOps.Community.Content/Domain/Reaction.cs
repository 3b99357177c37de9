using UserOps.Community.Content.Contracts;

namespace UserOps.Community.Content.Domain;

/// <summary>One member's reaction of one kind to one post or comment; the primary key makes it unique.</summary>
internal sealed class Reaction
{
    public ContentKind TargetKind { get; init; }

    public Guid TargetId { get; init; }

    public Guid UserId { get; init; }

    public string Kind { get; init; } = string.Empty;

    public DateTime CreatedAt { get; init; }
}
