using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.Notifications.Contracts;
using UserOps.Community.Notifications.Domain;
using UserOps.Community.Notifications.Realtime;

namespace UserOps.Community.Notifications.Notifying;

/// <summary>What a handler wants to tell one member.</summary>
internal sealed record NotificationRequest(
    Guid UserId, string Kind, string DedupeKey, Guid? ActorId = null, Guid? GroupId = null, Guid? SubjectId = null,
    Dictionary<string, string>? Data = null);

/// <summary>
/// Stores a notification with the handler's transaction and pushes it to the member's connections after commit.
/// Switched-off kinds are neither stored nor pushed; a dedupe key makes a repeated fact a no-op.
/// </summary>
internal sealed class Notifier(CommunityDbContext db, IUserDirectory users, AfterCommitActions afterCommit, PushQueue pushes, TimeProvider timeProvider)
{
    // Scoped, like the outbox delivery that calls it hundreds of times: a member's switched-off kinds are read once,
    // and keys stored in this scope are remembered here rather than found by scanning the change tracker each time.
    private readonly Dictionary<Guid, HashSet<string>> _switchedOff = [];
    private readonly HashSet<string> _storedKeys = [];

    public async Task NotifyAsync(NotificationRequest request, CancellationToken cancellationToken)
    {
        if (request.ActorId == request.UserId)
        {
            return;
        }

        var switchedOff = (await SwitchedOffAsync(request.UserId, cancellationToken)).Contains(request.Kind);
        var duplicate = _storedKeys.Contains(request.DedupeKey)
            || await db.Set<Notification>().AnyAsync(n => n.DedupeKey == request.DedupeKey, cancellationToken);
        var recipient = await users.FindAsync(request.UserId, cancellationToken);
        if (switchedOff || duplicate || recipient is null)
        {
            return;
        }

        var notification = new Notification
        {
            Id = Guid.CreateVersion7(), UserId = request.UserId, Kind = request.Kind, DedupeKey = request.DedupeKey,
            ActorId = request.ActorId, GroupId = request.GroupId, SubjectId = request.SubjectId, Data = request.Data ?? [],
            CreatedAt = timeProvider.GetUtcNow().UtcDateTime,
        };
        db.Add(notification);
        _storedKeys.Add(request.DedupeKey);

        var actor = request.ActorId is { } actorId ? await users.FindAsync(actorId, cancellationToken) : null;
        var message = NotificationViews.ToMessage(notification, actor?.DisplayName, recipient.Locale, isRead: false);
        afterCommit.Add(() => pushes.ToUser(request.UserId, RealtimeMethods.Notification, message));
    }

    private async Task<HashSet<string>> SwitchedOffAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (!_switchedOff.TryGetValue(userId, out var kinds))
        {
            kinds = [.. await db.Set<NotificationPreference>().Where(p => p.UserId == userId && !p.InApp).Select(p => p.Kind).ToListAsync(cancellationToken)];
            _switchedOff[userId] = kinds;
        }

        return kinds;
    }

    /// <summary>An announcement is one row for everyone; each connection gets it in its member's language.</summary>
    public async Task AnnounceAsync(Guid announcementId, Guid publishedBy, Dictionary<string, string> data, CancellationToken cancellationToken)
    {
        var dedupeKey = $"announcement:{announcementId}";
        if (await db.Set<Notification>().AnyAsync(n => n.DedupeKey == dedupeKey, cancellationToken))
        {
            return;
        }

        var notification = new Notification
        {
            Id = announcementId, UserId = null, Kind = NotificationKinds.Announcement, DedupeKey = dedupeKey, ActorId = publishedBy,
            Data = data, CreatedAt = timeProvider.GetUtcNow().UtcDateTime,
        };
        db.Add(notification);
        var english = NotificationViews.ToMessage(notification, actorName: null, locale: "en", isRead: false);
        var chinese = NotificationViews.ToMessage(notification, actorName: null, locale: "zh-CN", isRead: false);
        afterCommit.Add(() =>
        {
            pushes.ToLanguage(HubGroups.English, RealtimeMethods.Notification, english);
            pushes.ToLanguage(HubGroups.Chinese, RealtimeMethods.Notification, chinese);
        });
    }
}
