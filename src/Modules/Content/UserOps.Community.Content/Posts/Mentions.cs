using System.Text.RegularExpressions;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Content.Posts;

/// <summary>Finds @displayName mentions of members of the group (not the author).</summary>
internal sealed partial class Mentions(IUserDirectory users, IGroupAccessQuery groups)
{
    [GeneratedRegex(@"(?<![\p{L}\p{N}_@])@([\p{L}\p{N}_][\p{L}\p{N}_.\-]{0,49})")]
    private static partial Regex MentionPattern();

    public static IReadOnlyList<string> Parse(string markdown) =>
        [.. MentionPattern().Matches(markdown).Select(m => m.Groups[1].Value.TrimEnd('.', '-')).Distinct().Take(20)];

    public async Task<IReadOnlyList<Guid>> ResolveAsync(Guid groupId, Guid authorId, string markdown, CancellationToken cancellationToken)
    {
        var names = Parse(markdown);
        if (names.Count == 0)
        {
            return [];
        }

        var candidates = (await users.FindByDisplayNamesAsync(names, cancellationToken)).Select(u => u.Id).Where(id => id != authorId).ToList();
        return candidates.Count == 0 ? [] : await groups.FilterMembersAsync(groupId, candidates, cancellationToken);
    }
}
