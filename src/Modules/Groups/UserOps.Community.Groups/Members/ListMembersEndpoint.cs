using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Groups.Access;
using UserOps.Community.Groups.Domain;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Groups.Members;

internal sealed record MemberResponse(Guid UserId, string DisplayName, string? AvatarUrl, string Role, DateTime JoinedAt);

internal static class ListMembersEndpoint
{
    public static void MapListMembers(this IEndpointRouteBuilder groups) =>
        groups.MapGet("/{id:guid}/members", HandleAsync)
            .AllowAnonymous()
            .WithName("ListGroupMembers")
            .WithSummary("Members of a group, earliest first.");

    private static async Task<Results<Ok<CursorPage<MemberResponse>>, ProblemHttpResult>> HandleAsync(
        Guid id, string? cursor, int? limit, ClaimsPrincipal principal, CommunityDbContext db, IUserDirectory users, CancellationToken cancellationToken)
    {
        if (!KeysetCursor.TryDecode(cursor, out var after))
        {
            return Paging.InvalidCursor();
        }

        if (await db.FindVisibleAsync(id, principal.ToViewer(), cancellationToken) is null)
        {
            return GroupProblems.NotFound();
        }

        var members = db.Set<GroupMember>().AsNoTracking().Where(m => m.GroupId == id);
        if (after is { } position)
        {
            var at = position.At;
            members = members.Above(m => m.JoinedAt, at, m => m.UserId, position.Id);
        }

        var take = Paging.Clamp(limit);
        var rows = await members.OrderBy(m => m.JoinedAt).ThenBy(m => m.UserId).Take(take + 1).ToListAsync(cancellationToken);
        var page = rows.Take(take).ToList();
        var people = await users.GetManyAsync([.. page.Select(m => m.UserId)], cancellationToken);
        var items = page.Select(m => new MemberResponse(
            m.UserId,
            people.TryGetValue(m.UserId, out var person) ? person.DisplayName : "?",
            person?.AvatarUrl,
            GroupSettingsText.Role(m.Role),
            m.JoinedAt)).ToList();
        var next = rows.Count > take ? KeysetCursor.From(page[^1].JoinedAt, page[^1].UserId).Encode() : null;
        return TypedResults.Ok(new CursorPage<MemberResponse>(items, next));
    }
}
