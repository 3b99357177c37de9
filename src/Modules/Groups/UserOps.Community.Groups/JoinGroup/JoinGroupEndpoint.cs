using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Groups.Domain;
using UserOps.Community.Groups.Members;

namespace UserOps.Community.Groups.JoinGroup;

internal sealed record JoinGroupRequest(string? Message);

internal sealed record JoinGroupResponse(string Status, Guid? RequestId);

internal static class JoinGroupEndpoint
{
    public const string InvitationRequired = "invitation_required";

    public static void MapJoinGroup(this IEndpointRouteBuilder groups) =>
        groups.MapPost("/{id:guid}/members", HandleAsync)
            .RequireAuthorization()
            .WithName("JoinGroup")
            .WithSummary("Join an open group, ask to join an approval group, or join with an invitation.");

    private static async Task<Results<Created<JoinGroupResponse>, Ok<JoinGroupResponse>, Accepted<JoinGroupResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, JoinGroupRequest? request, ClaimsPrincipal principal, CommunityDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var group = await db.Set<Group>().FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        var invited = group is not null && await db.Set<GroupInvitation>().AnyAsync(i => i.GroupId == id && i.UserId == userId, cancellationToken);
        var isMember = group is not null && await db.Set<GroupMember>().AnyAsync(m => m.GroupId == id && m.UserId == userId, cancellationToken);

        // A private group exists only for its members, the people invited into it and site moderators.
        if (group is null || (!group.IsPublic && !invited && !isMember && !principal.ToViewer().IsSiteModerator))
        {
            return GroupProblems.NotFound();
        }

        if (isMember)
        {
            return TypedResults.Ok(new JoinGroupResponse("joined", null));
        }

        if (group.IsArchived)
        {
            return GroupProblems.Archived();
        }

        // Private groups are joined by invitation only, whatever their join policy.
        if (!group.IsPublic && !invited)
        {
            return ApiProblems.Forbidden(InvitationRequired, "This group is invitation only.");
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (invited || group.JoinPolicy == JoinPolicy.Open)
        {
            var added = await Membership.AddAsync(db, group, userId, invited ? JoinVia.Invitation : JoinVia.Open, now, cancellationToken);
            return added
                ? TypedResults.Created($"/api/groups/{id}/members", new JoinGroupResponse("joined", null))
                : TypedResults.Ok(new JoinGroupResponse("joined", null));
        }

        if (group.JoinPolicy == JoinPolicy.Invite)
        {
            return ApiProblems.Forbidden(InvitationRequired, "This group is invitation only.");
        }

        return TypedResults.Accepted($"/api/groups/{id}/join-requests", await RequestToJoinAsync(db, group, userId, request?.Message, now, cancellationToken));
    }

    private static async Task<JoinGroupResponse> RequestToJoinAsync(
        CommunityDbContext db, Group group, Guid userId, string? message, DateTime now, CancellationToken cancellationToken)
    {
        var pending = await db.Set<JoinRequest>()
            .FirstOrDefaultAsync(r => r.GroupId == group.Id && r.UserId == userId && r.Status == JoinRequestStatus.Pending, cancellationToken);
        if (pending is not null)
        {
            return new JoinGroupResponse("pending", pending.Id);
        }

        var joinRequest = new JoinRequest
        {
            GroupId = group.Id,
            UserId = userId,
            Message = message is { Length: > 0 } text ? text[..Math.Min(text.Length, 500)] : null,
            CreatedAt = now,
        };
        db.Add(joinRequest);
        group.RecordJoinRequested(joinRequest.Id, userId, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new JoinGroupResponse("pending", joinRequest.Id);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // A concurrent request from the same member won; answer with it.
            db.ChangeTracker.Clear();
            var winner = await db.Set<JoinRequest>().AsNoTracking()
                .FirstAsync(r => r.GroupId == group.Id && r.UserId == userId && r.Status == JoinRequestStatus.Pending, cancellationToken);
            return new JoinGroupResponse("pending", winner.Id);
        }
    }
}
