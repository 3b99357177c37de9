using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Notifications.Contracts;
using UserOps.Community.Notifications.Domain;
using UserOps.Community.Notifications.Notifying;
using UserOps.Community.Notifications.Realtime;

namespace UserOps.Community.Notifications.Handlers;

/// <summary>Posts, comments and mentions: live group activity plus the notifications they raise.</summary>
internal sealed class ContentHandlers(Notifier notifier, AfterCommitActions afterCommit, PushQueue pushes) :
    IIntegrationEventHandler<PostPublished>,
    IIntegrationEventHandler<PostEdited>,
    IIntegrationEventHandler<PostRemoved>,
    IIntegrationEventHandler<PostModerated>,
    IIntegrationEventHandler<CommentPosted>,
    IIntegrationEventHandler<CommentRemoved>,
    IIntegrationEventHandler<UserMentioned>
{
    public Task HandleAsync(PostPublished e, CancellationToken cancellationToken)
    {
        var message = new PostPublishedMessage(e.PostId, e.GroupId, e.AuthorId, e.Title, e.Tags, e.OccurredAt);
        afterCommit.Add(() => pushes.ToGroup(e.GroupId, RealtimeMethods.PostPublished, message));
        return Task.CompletedTask;
    }

    public Task HandleAsync(PostEdited e, CancellationToken cancellationToken)
    {
        PushPostUpdated(new PostUpdatedMessage(e.PostId, e.GroupId, "edited", null, null, e.OccurredAt));
        return Task.CompletedTask;
    }

    public Task HandleAsync(PostRemoved e, CancellationToken cancellationToken)
    {
        PushPostUpdated(new PostUpdatedMessage(e.PostId, e.GroupId, "removed", null, null, e.OccurredAt));
        return e.RemovedBy == e.AuthorId
            ? Task.CompletedTask
            : notifier.NotifyAsync(Moderation(e.AuthorId, e.RemovedBy, e.GroupId, e.PostId, e.EventId, "removed", "post"), cancellationToken);
    }

    public Task HandleAsync(PostModerated e, CancellationToken cancellationToken)
    {
        PushPostUpdated(new PostUpdatedMessage(e.PostId, e.GroupId, "moderated", e.IsPinned, e.IsLocked, e.OccurredAt));
        var action = e.IsLocked ? "locked" : e.IsPinned ? "pinned" : "changed";
        return notifier.NotifyAsync(Moderation(e.AuthorId, e.ModeratorId, e.GroupId, e.PostId, e.EventId, action, "post"), cancellationToken);
    }

    public Task HandleAsync(CommentPosted e, CancellationToken cancellationToken)
    {
        var message = new CommentPostedMessage(e.CommentId, e.PostId, e.GroupId, e.AuthorId, e.ParentCommentId, e.OccurredAt);
        afterCommit.Add(() => pushes.ToGroup(e.GroupId, RealtimeMethods.CommentPosted, message));

        // A reply tells the comment's author; a top-level comment tells the post's author.
        var (recipient, target) = e.ParentAuthorId is { } parentAuthor ? (parentAuthor, "comment") : (e.PostAuthorId, "post");
        return notifier.NotifyAsync(
            new NotificationRequest(recipient, NotificationKinds.Reply, $"reply:{recipient}:{e.EventId}", e.AuthorId, e.GroupId, e.PostId,
                new Dictionary<string, string> { ["target"] = target, ["commentId"] = e.CommentId.ToString() }),
            cancellationToken);
    }

    public Task HandleAsync(CommentRemoved e, CancellationToken cancellationToken) => e.RemovedBy == e.AuthorId
        ? Task.CompletedTask
        : notifier.NotifyAsync(Moderation(e.AuthorId, e.RemovedBy, e.GroupId, e.PostId, e.EventId, "removed", "comment"), cancellationToken);

    public Task HandleAsync(UserMentioned e, CancellationToken cancellationToken) => notifier.NotifyAsync(
        new NotificationRequest(e.MentionedUserId, NotificationKinds.Mention, $"mention:{e.MentionedUserId}:{e.EventId}", e.MentionedBy, e.GroupId, e.PostId,
            e.CommentId is { } commentId ? new Dictionary<string, string> { ["commentId"] = commentId.ToString() } : null),
        cancellationToken);

    private void PushPostUpdated(PostUpdatedMessage message) =>
        afterCommit.Add(() => pushes.ToGroup(message.GroupId, RealtimeMethods.PostUpdated, message));

    private static NotificationRequest Moderation(Guid author, Guid moderator, Guid groupId, Guid postId, Guid eventId, string action, string target) =>
        new(author, NotificationKinds.Moderation, $"moderation:{author}:{eventId}", moderator, groupId, postId,
            new Dictionary<string, string> { ["action"] = action, ["target"] = target });
}

/// <summary>Keeps reaction counts, pushes them live and tells authors when their content crosses a milestone.</summary>
internal sealed class ReactionHandlers(CommunityDbContext db, Notifier notifier, AfterCommitActions afterCommit, PushQueue pushes) :
    IIntegrationEventHandler<ReactionAdded>,
    IIntegrationEventHandler<ReactionRemoved>
{
    public async Task HandleAsync(ReactionAdded e, CancellationToken cancellationToken)
    {
        var counts = await ChangeAsync(e.TargetId, e.Reaction, +1, cancellationToken);
        Push(e.TargetKind, e.TargetId, e.PostId, e.GroupId, counts, e.OccurredAt);
        var total = counts.Values.Sum();
        if (NotificationKinds.ReactionMilestones.Contains(total) && e.ReactorId != e.ContentAuthorId)
        {
            var target = e.TargetKind == ContentKind.Comment ? "comment" : "post";
            await notifier.NotifyAsync(
                new NotificationRequest(e.ContentAuthorId, NotificationKinds.Reactions, $"reactions:{e.ContentAuthorId}:{e.TargetId}:{total}", null, e.GroupId, e.PostId,
                    new Dictionary<string, string> { ["count"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture), ["target"] = target, ["targetId"] = e.TargetId.ToString() }),
                cancellationToken);
        }
    }

    public async Task HandleAsync(ReactionRemoved e, CancellationToken cancellationToken)
    {
        var counts = await ChangeAsync(e.TargetId, e.Reaction, -1, cancellationToken);
        Push(e.TargetKind, e.TargetId, e.PostId, e.GroupId, counts, e.OccurredAt);
    }

    // A conditional SQL increment, so two instances counting reactions on one target never lose one.
    private async Task<Dictionary<string, int>> ChangeAsync(Guid targetId, string reaction, int delta, CancellationToken cancellationToken)
    {
        var rows = db.Set<ReactionCount>().Where(r => r.TargetId == targetId && r.Reaction == reaction);
        var updated = delta > 0
            ? await rows.ExecuteUpdateAsync(s => s.SetProperty(r => r.Count, r => r.Count + 1), cancellationToken)
            : await rows.Where(r => r.Count > 0).ExecuteUpdateAsync(s => s.SetProperty(r => r.Count, r => r.Count - 1), cancellationToken);
        if (updated == 0 && delta > 0)
        {
            db.Add(new ReactionCount { TargetId = targetId, Reaction = reaction, Count = 1 });
            await db.SaveChangesAsync(cancellationToken);
        }

        return await db.Set<ReactionCount>().AsNoTracking().Where(r => r.TargetId == targetId && r.Count > 0)
            .ToDictionaryAsync(r => r.Reaction, r => r.Count, cancellationToken);
    }

    private void Push(ContentKind kind, Guid targetId, Guid postId, Guid groupId, Dictionary<string, int> counts, DateTime at)
    {
        var message = new ReactionsChangedMessage(kind == ContentKind.Comment ? "comment" : "post", targetId, postId, groupId, counts, at);
        afterCommit.Add(() => pushes.ToGroup(groupId, RealtimeMethods.ReactionsChanged, message));
    }
}
