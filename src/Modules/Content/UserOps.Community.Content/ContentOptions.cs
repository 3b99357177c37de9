namespace UserOps.Community.Content;

internal sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>How long a group's first feed page may be served from memory (ADR 0043); zero turns the cache off.</summary>
    public TimeSpan FeedCacheFor { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How many of a tag's newest posts (from every group) its cached first page holds (ADR 0049). A viewer who may see
    /// fewer of them than a page reads the database instead.
    /// </summary>
    public int TagCacheDepth { get; set; } = 100;
}
