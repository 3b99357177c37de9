using Microsoft.AspNetCore.Http.HttpResults;
using UserOps.Community.BuildingBlocks.Web;

namespace UserOps.Community.Groups;

internal static class GroupProblems
{
    public static ProblemHttpResult NotFound() => ApiProblems.NotFound("group_not_found", "No such group.");

    public static ProblemHttpResult NotAllowed(string detail) => ApiProblems.Forbidden("group_permission_required", detail);

    public static ProblemHttpResult Archived() => ApiProblems.Conflict("group_archived", "The group is archived.");
}
