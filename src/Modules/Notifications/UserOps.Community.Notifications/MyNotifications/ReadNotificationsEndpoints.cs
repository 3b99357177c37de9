using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Notifications.Domain;

namespace UserOps.Community.Notifications.MyNotifications;

internal sealed record UnreadCount(int Count);

internal sealed record MarkedRead(int Marked);

internal static class ReadNotificationsEndpoints
{
    public static void MapReadNotifications(this IEndpointRouteBuilder me)
    {
        me.MapGet("/unread-count", UnreadAsync).WithName("GetMyUnreadNotificationCount").WithSummary("How many of my notifications are unread.");
        me.MapPost("/{id:guid}/read", MarkAsync).WithName("MarkNotificationRead").WithSummary("Mark one notification read (repeating it changes nothing).");
        me.MapPost("/read-all", MarkAllAsync).WithName("MarkAllNotificationsRead").WithSummary("Mark all my notifications read.");
    }

    private static async Task<Ok<UnreadCount>> UnreadAsync(ClaimsPrincipal principal, CommunityDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(new UnreadCount(await NotificationQueries.VisibleTo(db, principal.GetUserId(), unreadOnly: true).CountAsync(cancellationToken)));

    private static async Task<Results<NoContent, ProblemHttpResult>> MarkAsync(
        Guid id, ClaimsPrincipal principal, CommunityDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var notification = await db.Set<Notification>().FirstOrDefaultAsync(n => n.Id == id && (n.UserId == userId || n.UserId == null), cancellationToken);
        if (notification is null)
        {
            // Someone else's notification looks exactly like a missing one.
            return ApiProblems.NotFound("notification_not_found", "No such notification.");
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (notification.UserId is null)
        {
            await MarkAnnouncementsAsync(db, userId, [id], now, cancellationToken);
        }
        else
        {
            await db.Set<Notification>().Where(n => n.Id == id && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        }

        return TypedResults.NoContent();
    }

    private static async Task<Ok<MarkedRead>> MarkAllAsync(ClaimsPrincipal principal, CommunityDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var marked = await db.Set<Notification>().Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        var announcements = await NotificationQueries.VisibleTo(db, userId, unreadOnly: true).Where(n => n.UserId == null).Select(n => n.Id).ToListAsync(cancellationToken);
        marked += await MarkAnnouncementsAsync(db, userId, announcements, now, cancellationToken);
        return TypedResults.Ok(new MarkedRead(marked));
    }

    private static async Task<int> MarkAnnouncementsAsync(CommunityDbContext db, Guid userId, IReadOnlyList<Guid> ids, DateTime now, CancellationToken cancellationToken)
    {
        var already = await db.Set<AnnouncementRead>().Where(r => r.UserId == userId && ids.Contains(r.NotificationId)).Select(r => r.NotificationId).ToListAsync(cancellationToken);
        var fresh = ids.Except(already).ToList();
        if (fresh.Count == 0)
        {
            return 0;
        }

        db.AddRange(fresh.Select(id => new AnnouncementRead { NotificationId = id, UserId = userId, ReadAt = now }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // A parallel request marked them first: the outcome is the same.
            return 0;
        }

        return fresh.Count;
    }
}
