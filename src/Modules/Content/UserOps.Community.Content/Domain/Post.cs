namespace UserOps.Community.Content.Domain;

internal sealed class Post
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid GroupId { get; init; }

    public Guid AuthorId { get; init; }

    public string Title { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public string BodyHtml { get; set; } = string.Empty;

    /// <summary>Plain-text opening of the body, made when the body is written so feeds never render Markdown.</summary>
    public string Excerpt { get; set; } = string.Empty;

    public List<string> Tags { get; set; } = [];

    public DateTime CreatedAt { get; init; }

    public DateTime? EditedAt { get; set; }

    public DateTime? RemovedAt { get; set; }

    public Guid? RemovedBy { get; set; }

    public string? RemovalReason { get; set; }

    public bool IsPinned { get; set; }

    public bool IsLocked { get; set; }

    /// <summary>Copied from the group (and kept in step by GroupUpdated) so public feeds and search filter in one index.</summary>
    public bool IsInPublicGroup { get; set; }

    public int CommentCount { get; set; }

    public ReactionCounts Reactions { get; init; } = new();

    public double HotScore { get; set; }

    public int TopScore { get; set; }

    public bool IsRemoved => RemovedAt is not null;
}
