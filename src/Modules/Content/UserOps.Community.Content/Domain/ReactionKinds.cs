namespace UserOps.Community.Content.Domain;

internal static class ReactionKinds
{
    public const string Like = "like";
    public const string Love = "love";
    public const string Insightful = "insightful";
    public const string Funny = "funny";
    public const string Celebrate = "celebrate";

    public static readonly IReadOnlyList<string> All = [Like, Love, Insightful, Funny, Celebrate];

    public static bool IsKnown(string kind) => All.Contains(kind);
}
