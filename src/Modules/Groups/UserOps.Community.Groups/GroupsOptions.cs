namespace UserOps.Community.Groups;

internal sealed class GroupsOptions
{
    public const string SectionName = "Groups";

    /// <summary>How long read paths may trust a cached group visibility or membership list (ADR 0043); zero turns the cache off.</summary>
    public TimeSpan ReadCacheFor { get; set; } = TimeSpan.FromSeconds(5);
}
