namespace UserOps.Community.Content.Domain;

/// <summary>The text a post had before an edit.</summary>
internal sealed class PostRevision
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PostId { get; init; }

    public string Title { get; init; } = string.Empty;

    public string Body { get; init; } = string.Empty;

    public DateTime RevisedAt { get; init; }

    public Guid EditorId { get; init; }
}
