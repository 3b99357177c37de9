using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Growth.Contracts;

namespace UserOps.Community.Content.Posts;

/// <summary>Links in posts are a privilege (posts.links): new accounts cannot spam links until they have earned a level.</summary>
internal sealed partial class LinkPolicy(IPrivilegeQuery privileges)
{
    [GeneratedRegex(@"(https?://|www\.|\]\s*\(|<[a-z][a-z0-9+.\-]*:)", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();

    public static bool ContainsLink(string markdown) => LinkPattern().IsMatch(markdown);

    /// <summary>A problem to return, or null when the body may be published.</summary>
    public async Task<ProblemHttpResult?> CheckAsync(Viewer viewer, string markdown, CancellationToken cancellationToken)
    {
        if (!ContainsLink(markdown) || viewer.IsSiteModerator)
        {
            return null;
        }

        var check = await privileges.CheckAsync(viewer.UserId!.Value, Privileges.PostsLinks, cancellationToken);
        return check.Granted ? null : ApiProblems.PrivilegeRequired(Privileges.PostsLinks, check.RequiredLevel);
    }
}
