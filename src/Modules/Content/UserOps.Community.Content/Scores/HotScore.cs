using UserOps.Community.Content.Domain;

namespace UserOps.Community.Content.Scores;

/// <summary>
/// "Hot" ranking without periodic recomputation (ADR 0006): log10 of engagement plus age measured in
/// 12.5-hour steps, so a post needs ten times the engagement to outrank one 12.5 hours newer.
/// </summary>
internal static class HotScore
{
    private static readonly DateTime Epoch = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private const double SecondsPerOrderOfMagnitude = 45_000;

    public static int Engagement(int reactions, int comments) => reactions + (2 * comments);

    public static double For(DateTime createdAt, int reactions, int comments) =>
        Math.Round(Math.Log10(Math.Max(1, Engagement(reactions, comments))) + ((createdAt - Epoch).TotalSeconds / SecondsPerOrderOfMagnitude), 7);

    public static double For(Post post) => For(post.CreatedAt, post.Reactions.Total, post.CommentCount);
}
