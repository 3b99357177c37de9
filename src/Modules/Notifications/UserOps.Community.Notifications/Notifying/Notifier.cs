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
/// Stores notifications with the delivery's transaction and pushes them to the members' connections after commit.
/// Handlers queue requests; at the delivery's end (<see cref="FlushAsync"/>, a commit step) the recipients' switched-off
/// kinds, the keys already stored and the members' names and locales are read in three queries for the whole
/// delivery instead of three per notification. Switched-off kinds are neither stored nor pushed; a dedupe key makes a
/// repeated fact a no-op.
/// </summary>
internal sealed class Notifier(CommunityDbContext db, IUserDirectory users, AfterCommitActions afterCommit, PushQueue pushes, TimeProvider timeProvider)
{
    private readonly List<NotificationRequest> _queued = [];
    private readonly HashSet<string> _queuedKeys = [];

    public Task NotifyAsync(NotificationRequest request, CancellationToken cancellationToken)
    {
        if (request.ActorId != request.UserId && _queuedKeys.Add(request.DedupeKey))
        {
            _queued.Add(request);
        }

        return Task.CompletedTask;
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_queued.Count == 0)
        {
            return;
        }

        var requests = _queued.ToList();
        _queued.Clear();
        var recipientIds = requests.Select(r => r.UserId).Distinct().ToList();
        var keys = requests.Select(r => r.DedupeKey).ToList();
        var switchedOff = (await db.Set<NotificationPreference>().AsNoTracking()
                .Where(p => recipientIds.Contains(p.UserId) && !p.InApp)
                .Select(p => new { p.UserId, p.Kind })
                .ToListAsync(cancellationToken))
            .Select(p => (p.UserId, p.Kind))
            .ToHashSet();
        var stored = (await db.Set<Notification>().AsNoTracking()
                .Where(n => keys.Contains(n.DedupeKey))
                .Select(n => n.DedupeKey)
                .ToListAsync(cancellationToken))
            .ToHashSet();
        var members = await users.GetManyAsync(
            [.. recipientIds.Concat(requests.Where(r => r.ActorId is not null).Select(r => r.ActorId!.Value))], cancellationToken);

        var notifications = new List<Notification>(requests.Count);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        foreach (var request in requests)
        {
            if (switchedOff.Contains((request.UserId, request.Kind)) || stored.Contains(request.DedupeKey)
                || members.GetValueOrDefault(request.UserId) is not { } recipient)
            {
                continue;
            }

            // One microsecond apart, the coarsest clock of our providers: newest-first keeps the events' order, where equal
            // times would fall back to the random bits of version-7 ids.
            var createdAt = now.AddTicks(notifications.Count * TimeSpan.TicksPerMicrosecond);
            notifications.Add(Store(request, recipient, request.ActorId is { } actorId ? members.GetValueOrDefault(actorId) : null, createdAt));
        }

        await db.InsertAllAsync(notifications, cancellationToken);
    }

    private Notification Store(NotificationRequest request, UserSummary recipient, UserSummary? actor, DateTime createdAt)
    {
        var notification = new Notification
        {
            Id = Guid.CreateVersion7(), UserId = request.UserId, Kind = request.Kind, DedupeKey = request.DedupeKey,
            ActorId = request.ActorId, GroupId = request.GroupId, SubjectId = request.SubjectId, Data = request.Data ?? [],
            CreatedAt = createdAt,
        };
        var message = NotificationViews.ToMessage(notification, actor?.DisplayName, recipient.Locale, isRead: false);
        afterCommit.Add(() => pushes.ToUser(request.UserId, RealtimeMethods.Notification, message));
        return notification;
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
