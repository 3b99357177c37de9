using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Engagement.Domain;
using UserOps.Community.Groups.Contracts;

namespace UserOps.Community.Engagement.Challenges;

/// <summary>A group challenge is as visible as its group: a private group's challenges are 404 to non-members.</summary>
internal static class ChallengeAccess
{
    public static ProblemHttpResult NotFound() => ApiProblems.NotFound("challenge_not_found", "No such challenge.");

    public static async Task<(Challenge? Challenge, GroupAccess? Group)> FindVisibleAsync(
        CommunityDbContext db, IGroupAccessQuery groups, Guid id, Viewer viewer, CancellationToken cancellationToken)
    {
        var challenge = await db.Set<Challenge>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (challenge?.GroupId is not { } groupId)
        {
            return (challenge, null);
        }

        var access = await groups.GetAsync(groupId, viewer, cancellationToken);
        return access is { CanView: true } ? (challenge, access) : (null, null);
    }
}
