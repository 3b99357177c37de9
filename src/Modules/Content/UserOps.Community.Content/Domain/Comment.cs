namespace UserOps.Community.Content.Domain;

internal sealed class Comment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PostId { get; init; }

    public Guid GroupId { get; init; }

    public Guid? ParentCommentId { get; init; }

    public Guid AuthorId { get; init; }

    public string Body { get; set; } = string.Empty;

    public string BodyHtml { get; set; } = string.Empty;

    public DateTime CreatedAt { get; init; }

    public DateTime? EditedAt { get; set; }

    public DateTime? RemovedAt { get; set; }

    public Guid? RemovedBy { get; set; }

    public string? RemovalReason { get; set; }

    public int ReplyCount { get; set; }

    public ReactionCounts Reactions { get; init; } = new();

    public bool IsRemoved => RemovedAt is not null;
}
