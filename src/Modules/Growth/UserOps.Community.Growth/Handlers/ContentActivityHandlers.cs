using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Growth.Engine;

namespace UserOps.Community.Growth.Handlers;

/// <summary>Content events as activities the rules understand, and their undoing as reversals.</summary>
internal sealed class ContentActivityHandlers(PointsEngine engine) :
    IIntegrationEventHandler<PostPublished>,
    IIntegrationEventHandler<PostRemoved>,
    IIntegrationEventHandler<CommentPosted>,
    IIntegrationEventHandler<CommentRemoved>,
    IIntegrationEventHandler<ReactionAdded>,
    IIntegrationEventHandler<ReactionRemoved>
{
    public Task HandleAsync(PostPublished e, CancellationToken cancellationToken) => engine.ApplyAsync(
        new Activity
        {
            EventId = e.EventId, EventType = EventTypes.PostPublished, OccurredAt = e.OccurredAt, ActorId = e.AuthorId,
            ContentAuthorId = e.AuthorId, GroupId = e.GroupId, ContentLength = e.BodyLength, SubjectKey = $"post:{e.PostId}",
        },
        cancellationToken);

    public Task HandleAsync(PostRemoved e, CancellationToken cancellationToken) =>
        engine.ReverseAsync($"post:{e.PostId}", e.EventId, nameof(PostRemoved), cancellationToken);

    public Task HandleAsync(CommentPosted e, CancellationToken cancellationToken) => engine.ApplyAsync(
        new Activity
        {
            EventId = e.EventId, EventType = EventTypes.CommentPosted, OccurredAt = e.OccurredAt, ActorId = e.AuthorId,
            ContentAuthorId = e.ParentAuthorId ?? e.PostAuthorId, GroupId = e.GroupId, ContentLength = e.BodyLength,
            SubjectKey = $"comment:{e.CommentId}",
        },
        cancellationToken);

    public Task HandleAsync(CommentRemoved e, CancellationToken cancellationToken) =>
        engine.ReverseAsync($"comment:{e.CommentId}", e.EventId, nameof(CommentRemoved), cancellationToken);

    public Task HandleAsync(ReactionAdded e, CancellationToken cancellationToken) => engine.ApplyAsync(
        new Activity
        {
            EventId = e.EventId, EventType = EventTypes.ReactionAdded, OccurredAt = e.OccurredAt, ActorId = e.ReactorId,
            ContentAuthorId = e.ContentAuthorId, GroupId = e.GroupId, SubjectKey = ReactionKey(e.TargetKind, e.TargetId, e.ReactorId, e.Reaction),
        },
        cancellationToken);

    public Task HandleAsync(ReactionRemoved e, CancellationToken cancellationToken) =>
        engine.ReverseAsync(ReactionKey(e.TargetKind, e.TargetId, e.ReactorId, e.Reaction), e.EventId, nameof(ReactionRemoved), cancellationToken);

    private static string ReactionKey(ContentKind kind, Guid targetId, Guid reactorId, string reaction) =>
        $"reaction:{kind}:{targetId}:{reactorId}:{reaction}";
}
