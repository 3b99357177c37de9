namespace UserOps.Community.Content;

internal sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>How long a group's first feed page may be served from memory (ADR 0043); zero turns the cache off.</summary>
    public TimeSpan FeedCacheFor { get; set; } = TimeSpan.FromSeconds(5);
}
