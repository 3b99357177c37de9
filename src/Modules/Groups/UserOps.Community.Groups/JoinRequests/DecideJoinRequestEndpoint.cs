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
using UserOps.Community.Groups.Members;

namespace UserOps.Community.Groups.JoinRequests;

internal sealed record JoinRequestDecision(Guid RequestId, string Status);

internal static class DecideJoinRequestEndpoint
{
    public const string AlreadyDecided = "request_already_decided";

    public static void MapDecideJoinRequest(this IEndpointRouteBuilder groups)
    {
        groups.MapPost("/{id:guid}/join-requests/{requestId:guid}/approve", (Guid id, Guid requestId, ClaimsPrincipal principal, CommunityDbContext db, TimeProvider time, CancellationToken ct) =>
                DecideAsync(id, requestId, approve: true, principal, db, time, ct))
            .RequireAuthorization()
            .WithName("ApproveJoinRequest")
            .WithSummary("Approve a join request: the member joins the group.");
        groups.MapPost("/{id:guid}/join-requests/{requestId:guid}/reject", (Guid id, Guid requestId, ClaimsPrincipal principal, CommunityDbContext db, TimeProvider time, CancellationToken ct) =>
                DecideAsync(id, requestId, approve: false, principal, db, time, ct))
            .RequireAuthorization()
            .WithName("RejectJoinRequest")
            .WithSummary("Reject a join request.");
    }

    private static async Task<Results<Ok<JoinRequestDecision>, ProblemHttpResult>> DecideAsync(
        Guid id, Guid requestId, bool approve, ClaimsPrincipal principal, CommunityDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var context = await db.FindVisibleAsync(id, principal.ToViewer(), cancellationToken);
        if (context is null)
        {
            return GroupProblems.NotFound();
        }

        if (!context.CanManageMembers)
        {
            return GroupProblems.NotAllowed("Only the owner and group moderators decide join requests.");
        }

        if (approve && context.Group.IsArchived)
        {
            return GroupProblems.Archived();
        }

        var request = await db.Set<JoinRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId && r.GroupId == id, cancellationToken);
        if (request is null)
        {
            return ApiProblems.NotFound("join_request_not_found", "No such join request.");
        }

        var deciderId = principal.GetUserId();
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var status = approve ? JoinRequestStatus.Approved : JoinRequestStatus.Rejected;

        // Only the first of two concurrent decisions changes the pending row.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var decided = await db.Set<JoinRequest>()
            .Where(r => r.Id == requestId && r.Status == JoinRequestStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, status).SetProperty(r => r.DecidedAt, now).SetProperty(r => r.DecidedBy, deciderId), cancellationToken);
        if (decided == 0)
        {
            return ApiProblems.Conflict(AlreadyDecided, "This request was already decided.");
        }

        context.Group.RecordJoinRequestDecided(requestId, request.UserId, approve, deciderId, now);
        await db.SaveChangesAsync(cancellationToken);
        if (approve)
        {
            await Membership.AddAsync(db, context.Group, request.UserId, JoinVia.Approval, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        return TypedResults.Ok(new JoinRequestDecision(requestId, approve ? "approved" : "rejected"));
    }
}
