using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Groups.Access;
using UserOps.Community.Groups.Domain;

namespace UserOps.Community.Groups.UpdateGroup;

internal static class UpdateGroupEndpoint
{
    public static void MapUpdateGroup(this IEndpointRouteBuilder groups) =>
        groups.MapPatch("/{id:guid}", HandleAsync)
            .Validate<UpdateGroupRequest>()
            .RequireAuthorization()
            .WithName("UpdateGroup")
            .WithSummary("Change a group's settings (owner and group moderators).");

    private static async Task<Results<Ok<GroupResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, UpdateGroupRequest request, ClaimsPrincipal principal, CommunityDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var context = await db.FindVisibleAsync(id, principal.ToViewer(), cancellationToken);
        if (context is null)
        {
            return GroupProblems.NotFound();
        }

        if (!context.CanManageMembers)
        {
            return GroupProblems.NotAllowed("Only the owner and group moderators can change the group.");
        }

        var group = context.Group;
        var settings = new GroupSettings(
            request.Name?.Trim() ?? group.Name,
            request.Description?.Trim() ?? group.Description,
            request.Visibility is { } visibility ? GroupSettingsText.ParseVisibility(visibility) : group.Visibility,
            request.JoinPolicy is { } policy ? GroupSettingsText.ParseJoinPolicy(policy) : group.JoinPolicy,
            request.Tags is { } tags ? GroupRules.NormalizeTags(tags) : group.Tags);
        group.Update(settings, timeProvider.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(GroupResponse.From(group, context.Membership?.Role));
    }
}
