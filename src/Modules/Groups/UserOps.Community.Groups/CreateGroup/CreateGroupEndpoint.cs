using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Security;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Groups.Domain;
using UserOps.Community.Growth.Contracts;

namespace UserOps.Community.Groups.CreateGroup;

internal static class CreateGroupEndpoint
{
    public const string SlugTaken = "slug_taken";

    public static void MapCreateGroup(this IEndpointRouteBuilder groups) =>
        groups.MapPost("/", HandleAsync)
            .Validate<CreateGroupRequest>()
            .RequireAuthorization()
            .WithName("CreateGroup")
            .WithSummary("Create a group (needs the groups.create privilege of a level, or the Operator role); the creator becomes its owner.");

    private static async Task<Results<Created<GroupResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        CreateGroupRequest request, ClaimsPrincipal principal, CommunityDbContext db, IPrivilegeQuery privileges, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();

        // Operators and admins run the community; members earn group creation with their level.
        if (!principal.IsInRole(CommunityRoles.Operator) && !principal.IsInRole(CommunityRoles.Admin)
            && await privileges.CheckAsync(userId, Privileges.GroupsCreate, cancellationToken) is { Granted: false } check)
        {
            return ApiProblems.PrivilegeRequired(Privileges.GroupsCreate, check.RequiredLevel);
        }

        var slug = request.Slug.Trim().ToLowerInvariant();
        if (await db.Set<Group>().AnyAsync(g => g.Slug == slug, cancellationToken))
        {
            return ApiProblems.Conflict(SlugTaken, $"The address '{slug}' is taken.");
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var settings = new GroupSettings(
            request.Name.Trim(),
            request.Description?.Trim() ?? string.Empty,
            GroupSettingsText.ParseVisibility(request.Visibility ?? "public"),
            GroupSettingsText.ParseJoinPolicy(request.JoinPolicy ?? "open"),
            GroupRules.NormalizeTags(request.Tags));
        var group = Group.Create(settings, slug, userId, now);
        db.Add(group);
        db.Add(new GroupMember { GroupId = group.Id, UserId = userId, Role = GroupRole.Owner, JoinedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            return ApiProblems.Conflict(SlugTaken, $"The address '{slug}' is taken.");
        }

        return TypedResults.Created($"/api/groups/{group.Id}", GroupResponse.From(group, GroupRole.Owner));
    }
}
