namespace UserOps.Community.Content.Domain;

internal static class ContentRules
{
    public const int TitleMax = 200;
    public const int BodyMax = 20_000;
    public const int CommentMax = 10_000;
    public const int TagsMax = 5;
    public const int TagMax = 32;
    public const int ReasonMax = 500;
    public const int ExcerptMax = 240;

    /// <summary>A removal reason as stored: trimmed, empty as null, cut to the column's length.</summary>
    public static string? NormalizeReason(string? reason) =>
        reason?.Trim() is { Length: > 0 } text ? text[..Math.Min(text.Length, ReasonMax)] : null;

    public static IReadOnlyList<string> NormalizeTags(IEnumerable<string>? tags) =>
        tags is null ? [] : [.. tags.Select(t => t.Trim().TrimStart('#').ToLowerInvariant()).Where(t => t.Length > 0).Distinct()];
}
