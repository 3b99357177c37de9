namespace UserOps.Community.Content.Domain;

/// <summary>
/// The searchable text of a post, normalised (lower case, CJK split into bigrams) so one document serves
/// SQLite FTS5, PostgreSQL full-text search and the SQL Server fallback alike. See ADR 0007.
/// </summary>
internal sealed class PostSearchDocument
{
    public long Id { get; set; }

    public Guid PostId { get; init; }

    public Guid GroupId { get; init; }

    public bool IsInPublicGroup { get; set; }

    public DateTime CreatedAt { get; init; }

    public string Document { get; set; } = string.Empty;
}
