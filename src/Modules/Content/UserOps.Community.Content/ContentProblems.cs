using Microsoft.AspNetCore.Http.HttpResults;
using UserOps.Community.BuildingBlocks.Web;

namespace UserOps.Community.Content;

internal static class ContentProblems
{
    public static ProblemHttpResult GroupNotFound() => ApiProblems.NotFound("group_not_found", "No such group.");

    public static ProblemHttpResult PostNotFound() => ApiProblems.NotFound("post_not_found", "No such post.");

    public static ProblemHttpResult CommentNotFound() => ApiProblems.NotFound("comment_not_found", "No such comment.");

    public static ProblemHttpResult MembershipRequired() =>
        ApiProblems.Forbidden("membership_required", "Join the group to take part.");

    public static ProblemHttpResult GroupArchived() => ApiProblems.Conflict("group_archived", "The group is archived.");

    public static ProblemHttpResult NotAuthor() => ApiProblems.Forbidden("author_required", "Only the author can edit this.");

    public static ProblemHttpResult ModeratorRequired() =>
        ApiProblems.Forbidden("moderator_required", "Only group moderators can do this.");

    public static ProblemHttpResult Removed() => ApiProblems.Conflict("content_removed", "This was removed.");

    public static ProblemHttpResult Locked() => ApiProblems.Conflict("post_locked", "The post is locked: no new comments.");

    /// <summary>Members may write; an archived group takes no new content.</summary>
    public static ProblemHttpResult? CheckCanContribute(Groups.Contracts.GroupAccess access) =>
        access.Role is null ? MembershipRequired()
        : access.IsArchived ? GroupArchived()
        : null;
}
