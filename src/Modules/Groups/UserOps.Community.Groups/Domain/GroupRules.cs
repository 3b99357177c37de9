using System.Text.RegularExpressions;

namespace UserOps.Community.Groups.Domain;

internal static partial class GroupRules
{
    public const int NameMax = 80;
    public const int DescriptionMax = 2000;
    public const int SlugMin = 3;
    public const int SlugMax = 50;
    public const int TagsMax = 5;
    public const int TagMax = 32;

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    public static partial Regex SlugPattern();

    public static IReadOnlyList<string> NormalizeTags(IEnumerable<string>? tags) =>
        tags is null ? [] : [.. tags.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct()];
}
