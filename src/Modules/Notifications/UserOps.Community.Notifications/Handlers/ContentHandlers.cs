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

/// <summary>Post changes, comments and mentions: live group activity plus the notifications they raise.</summary>
internal sealed class ContentHandlers(Notifier notifier, AfterCommitActions afterCommit, PushQueue pushes) :
    IIntegrationEventHandler<PostEdited>,
    IIntegrationEventHandler<PostRemoved>,
    IIntegrationEventHandler<PostModerated>,
    IIntegrationEventHandler<CommentPosted>,
    IIntegrationEventHandler<CommentRemoved>,
    IIntegrationEventHandler<UserMentioned>
{
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
