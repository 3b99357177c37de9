using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Notifications.Contracts;

namespace UserOps.Community.Notifications.Realtime;

/// <summary>
/// Pushes a new post to its group's subscribers from the instance that committed it, right after the commit, instead of
/// after an outbox delivery (ADR 0046): the push needs nothing but the event. A rolled-back action is never heard, and
/// with Redis the backplane carries the push to connections held by other instances.
/// </summary>
internal sealed class CommittedPostPushes(PushQueue pushes) : ICommittedEventsObserver
{
    public void OnCommitted(IReadOnlyList<IIntegrationEvent> events)
    {
        foreach (var e in events.OfType<PostPublished>())
        {
            var message = new PostPublishedMessage(e.PostId, e.GroupId, e.AuthorId, e.Title, e.Tags, e.OccurredAt);
            pushes.ToGroup(e.GroupId, RealtimeMethods.PostPublished, message);
        }
    }
}
