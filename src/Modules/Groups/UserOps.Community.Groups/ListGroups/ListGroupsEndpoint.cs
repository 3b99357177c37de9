using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Groups.Domain;

namespace UserOps.Community.Groups.ListGroups;

internal static class ListGroupsEndpoint
{
    public static void MapListGroups(this IEndpointRouteBuilder groups) =>
        groups.MapGet("/", HandleAsync)
            .AllowAnonymous()
            .WithName("ListGroups")
            .WithSummary("Group directory: public groups and the private groups I belong to, newest first.");

    private static async Task<Results<Ok<CursorPage<GroupResponse>>, ProblemHttpResult>> HandleAsync(
        string? query, string? tag, string? cursor, int? limit, ClaimsPrincipal principal, CommunityDbContext db, CancellationToken cancellationToken)
    {
        if (!KeysetCursor.TryDecode(cursor, out var after))
        {
            return Paging.InvalidCursor();
        }

        var viewer = principal.ToViewer();
        var userId = viewer.UserId ?? Guid.Empty;
        var members = db.Set<GroupMember>();
        var groups = db.Set<Group>().AsNoTracking()
            .Where(g => g.ArchivedAt == null)
            .Where(g => g.Visibility == GroupVisibility.Public || viewer.IsSiteModerator || members.Any(m => m.GroupId == g.Id && m.UserId == userId));
        if (!string.IsNullOrWhiteSpace(query))
        {
            var needle = query.Trim().ToLowerInvariant();
            groups = groups.Where(g => g.Name.ToLower().Contains(needle) || g.Description.ToLower().Contains(needle));
        }

        if (!string.IsNullOrWhiteSpace(tag))
        {
            var wanted = tag.Trim().ToLowerInvariant();
            groups = groups.Where(g => g.Tags.Contains(wanted));
        }

        if (after is { } position)
        {
            var at = position.At;
            groups = groups.Below(g => g.CreatedAt, at, g => g.Id, position.Id);
        }

        var take = Paging.Clamp(limit);
        var rows = await groups
            .OrderByDescending(g => g.CreatedAt).ThenByDescending(g => g.Id)
            .Take(take + 1)
            .Select(g => new { Group = g, Role = members.Where(m => m.GroupId == g.Id && m.UserId == userId).Select(m => (GroupRole?)m.Role).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var page = rows.Take(take).Select(r => GroupResponse.From(r.Group, r.Role)).ToList();
        var next = rows.Count > take ? KeysetCursor.From(page[^1].CreatedAt, page[^1].Id).Encode() : null;
        return TypedResults.Ok(new CursorPage<GroupResponse>(page, next));
    }
}
