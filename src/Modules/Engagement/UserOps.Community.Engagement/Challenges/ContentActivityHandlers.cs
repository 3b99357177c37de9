using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Time;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Engagement.Domain;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Engagement.Challenges;

/// <summary>
/// Counts posts, comments and reactions toward activity challenges, on the member's local date of the event, and
/// takes the count back when the post or comment is removed or the reaction withdrawn (so deleting is no way to farm).
/// </summary>
internal sealed class ContentActivityHandlers(ChallengeProgress progress, IUserDirectory users) :
    IIntegrationEventHandler<PostPublished>,
    IIntegrationEventHandler<CommentPosted>,
    IIntegrationEventHandler<ReactionAdded>,
    IIntegrationEventHandler<PostRemoved>,
    IIntegrationEventHandler<CommentRemoved>,
    IIntegrationEventHandler<ReactionRemoved>
{
    public Task HandleAsync(PostPublished e, CancellationToken cancellationToken) =>
        CountAsync(e.AuthorId, ChallengeActivityType.Posts, e.GroupId, ActivitySources.Post(e.PostId), e, cancellationToken);

    public Task HandleAsync(CommentPosted e, CancellationToken cancellationToken) =>
        CountAsync(e.AuthorId, ChallengeActivityType.Comments, e.GroupId, ActivitySources.Comment(e.CommentId), e, cancellationToken);

    // Reacting to your own content does not count, as it earns no points either.
    public Task HandleAsync(ReactionAdded e, CancellationToken cancellationToken) => e.ReactorId == e.ContentAuthorId
        ? Task.CompletedTask
        : CountAsync(e.ReactorId, ChallengeActivityType.Reactions, e.GroupId, ActivitySources.Reaction(e.TargetId, e.Reaction), e, cancellationToken);

    public Task HandleAsync(PostRemoved e, CancellationToken cancellationToken) =>
        progress.OnActivityUndoneAsync(e.AuthorId, ActivitySources.Post(e.PostId), cancellationToken);

    public Task HandleAsync(CommentRemoved e, CancellationToken cancellationToken) =>
        progress.OnActivityUndoneAsync(e.AuthorId, ActivitySources.Comment(e.CommentId), cancellationToken);

    public Task HandleAsync(ReactionRemoved e, CancellationToken cancellationToken) =>
        progress.OnActivityUndoneAsync(e.ReactorId, ActivitySources.Reaction(e.TargetId, e.Reaction), cancellationToken);

    private async Task CountAsync(Guid memberId, ChallengeActivityType type, Guid groupId, string source, IIntegrationEvent e, CancellationToken cancellationToken)
    {
        if (!await progress.MayCountAsync(type, e.OccurredAt, cancellationToken))
        {
            return;
        }

        var zone = (await users.FindAsync(memberId, cancellationToken))?.TimeZone;
        var date = LocalCalendar.LocalDate(new DateTimeOffset(e.OccurredAt, TimeSpan.Zero), zone);
        await progress.OnActivityAsync(memberId, type, groupId, date, source, e.EventId, e.OccurredAt, cancellationToken);
    }
}
