using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.Notifications.Contracts;
using UserOps.Community.Notifications.Domain;
using UserOps.Community.Notifications.Notifying;

namespace UserOps.Community.Notifications.MyNotifications;

internal static class ListNotificationsEndpoint
{
    public static void MapListNotifications(this IEndpointRouteBuilder me) =>
        me.MapGet("/", HandleAsync)
            .WithName("ListMyNotifications")
            .WithSummary("My notifications and announcements, newest first, in my language.");

    private static async Task<Results<Ok<CursorPage<NotificationMessage>>, ProblemHttpResult>> HandleAsync(
        string? cursor, bool? unreadOnly, int? limit, ClaimsPrincipal principal, CommunityDbContext db, IUserDirectory users, CancellationToken cancellationToken)
    {
        if (!KeysetCursor.TryDecode(cursor, out var after))
        {
            return Paging.InvalidCursor();
        }

        var userId = principal.GetUserId();
        var query = NotificationQueries.VisibleTo(db, userId, unreadOnly == true);
        if (after is { } position)
        {
            var at = position.At;
            query = query.Below(n => n.CreatedAt, at, n => n.Id, position.Id);
        }

        var take = Paging.Clamp(limit);
        var rows = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(take + 1).ToListAsync(cancellationToken);
        var page = rows.Take(take).ToList();
        var announcementIds = page.Where(n => n.UserId is null).Select(n => n.Id).ToList();
        var readAnnouncements = (await db.Set<AnnouncementRead>().Where(r => r.UserId == userId && announcementIds.Contains(r.NotificationId))
            .Select(r => r.NotificationId).ToListAsync(cancellationToken)).ToHashSet();
        var actors = await users.GetManyAsync([.. page.Where(n => n.ActorId is not null && n.UserId is not null).Select(n => n.ActorId!.Value).Distinct()], cancellationToken);
        var locale = (await users.FindAsync(userId, cancellationToken))?.Locale;

        IReadOnlyList<NotificationMessage> items = [.. page.Select(n => NotificationViews.ToMessage(
            n,
            n.UserId is not null && n.ActorId is { } actorId && actors.TryGetValue(actorId, out var actor) ? actor.DisplayName : null,
            locale,
            n.UserId is null ? readAnnouncements.Contains(n.Id) : n.ReadAt is not null))];
        var next = rows.Count > take ? KeysetCursor.From(page[^1].CreatedAt, page[^1].Id).Encode() : null;
        return TypedResults.Ok(new CursorPage<NotificationMessage>(items, next));
    }
}

internal static class NotificationQueries
{
    /// <summary>The member's own notifications plus every announcement; unread means not read by this member.</summary>
    public static IQueryable<Notification> VisibleTo(CommunityDbContext db, Guid userId, bool unreadOnly)
    {
        var reads = db.Set<AnnouncementRead>();
        var query = db.Set<Notification>().AsNoTracking().Where(n => n.UserId == userId || n.UserId == null);
        return unreadOnly
            ? query.Where(n => (n.UserId == userId && n.ReadAt == null)
                || (n.UserId == null && !reads.Any(r => r.NotificationId == n.Id && r.UserId == userId)))
            : query;
    }
}
