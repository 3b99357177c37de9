using UserOps.Community.Notifications.Contracts;
using UserOps.Community.Notifications.Domain;

namespace UserOps.Community.Notifications.Notifying;

internal static class NotificationViews
{
    public static NotificationMessage ToMessage(Notification n, string? actorName, string? locale, bool isRead) => new(
        n.Id, n.Kind, NotificationTexts.Render(n.Kind, n.Data, actorName, locale), NotificationTexts.Body(n.Kind, n.Data, locale),
        n.ActorId, actorName, n.GroupId, n.SubjectId, n.Data, n.CreatedAt, isRead);
}
