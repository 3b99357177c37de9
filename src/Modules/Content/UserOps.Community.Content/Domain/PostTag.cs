namespace UserOps.Community.Content.Domain;

/// <summary>Index row for tag feeds: one per (tag, post), ordered by the post's time.</summary>
internal sealed class PostTag
{
    public string Tag { get; init; } = string.Empty;

    public Guid PostId { get; init; }

    public DateTime CreatedAt { get; init; }
}
