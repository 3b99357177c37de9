using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Security;
using UserOps.Community.BuildingBlocks.Time;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Engagement.Domain;
using UserOps.Community.Groups.Contracts;

namespace UserOps.Community.Engagement.Challenges;

internal static class CreateChallengeEndpoint
{
    public const string PermissionRequired = "challenge_permission_required";

    public static void MapCreateChallenge(this IEndpointRouteBuilder challenges) =>
        challenges.MapPost("/", HandleAsync)
            .Validate<CreateChallengeRequest>()
            .RequireAuthorization()
            .WithName("CreateChallenge")
            .WithSummary("Create a challenge: operators site-wide or in any group, group moderators in their group.");

    private static async Task<Results<Created<ChallengeView>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        CreateChallengeRequest request, ClaimsPrincipal principal, CommunityDbContext db, IGroupAccessQuery groups,
        IOptions<EngagementOptions> options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var isOperator = principal.IsInRole(CommunityRoles.Operator) || principal.IsInRole(CommunityRoles.Admin);
        if (request.GroupId is { } groupId)
        {
            var access = await groups.GetAsync(groupId, principal.ToViewer(), cancellationToken);
            if (access is not { CanView: true })
            {
                return ApiProblems.NotFound("group_not_found", "No such group.");
            }

            if (!isOperator && !access.CanModerate)
            {
                return ApiProblems.Forbidden(PermissionRequired, "Only the group's moderators (or operators) create challenges in a group.");
            }
        }
        else if (!isOperator)
        {
            return ApiProblems.Forbidden(PermissionRequired, "Only operators create site-wide challenges.");
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var challenge = new Challenge
        {
            TitleEn = request.TitleEn.Trim(),
            TitleZh = string.IsNullOrWhiteSpace(request.TitleZh) ? request.TitleEn.Trim() : request.TitleZh.Trim(),
            DescriptionEn = request.DescriptionEn?.Trim() ?? string.Empty,
            DescriptionZh = request.DescriptionZh?.Trim() ?? request.DescriptionEn?.Trim() ?? string.Empty,
            StartDate = request.StartDate!.Value,
            EndDate = request.EndDate!.Value,
            Kind = ChallengeText.ParseKind(request.Kind),
            ActivityType = ChallengeText.ParseActivityType(request.ActivityType),
            GroupId = request.GroupId,
            Target = request.Target,
            RewardPoints = request.RewardPoints ?? 0,
            RewardBadgeId = request.RewardBadgeId,
            EntryCost = request.EntryCost ?? 0,
            MaxParticipants = request.MaxParticipants,
            AllowLateEnrolment = request.AllowLateEnrolment ?? true,
            CreatedBy = principal.GetUserId(),
            CreatedAt = now,
        };
        db.Add(challenge);
        await db.SaveChangesAsync(cancellationToken);
        var today = timeProvider.Today(options.Value.CommunityTimeZone);
        return TypedResults.Created($"/api/challenges/{challenge.Id}", ChallengeView.From(challenge, today));
    }
}
