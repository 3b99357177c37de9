using Microsoft.AspNetCore.Http.HttpResults;
using UserOps.Community.BuildingBlocks.Web;

namespace UserOps.Community.Referrals.Invites;

internal static class ReferralProblems
{
    public static ProblemHttpResult CodeNotFound() => ApiProblems.NotFound("invite_not_found", "No such invite code.");

    public static ProblemHttpResult GroupNotFound() => ApiProblems.NotFound("group_not_found", "No such group.");

    public static ProblemHttpResult GroupOwnerRequired() =>
        ApiProblems.Forbidden("group_owner_required", "Only the group's owner can create codes that join it.");

    public static ProblemHttpResult GroupArchived() => ApiProblems.Conflict("group_archived", "The group is archived.");
}
