using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Time;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Engagement.Domain;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Engagement.Challenges;

/// <summary>Counts posts, comments and reactions toward activity challenges, on the member's local date of the event.</summary>
internal sealed class ContentActivityHandlers(ChallengeProgress progress, IUserDirectory users) :
    IIntegrationEventHandler<PostPublished>,
    IIntegrationEventHandler<CommentPosted>,
    IIntegrationEventHandler<ReactionAdded>
{
    public Task HandleAsync(PostPublished e, CancellationToken cancellationToken) =>
        CountAsync(e.AuthorId, ChallengeActivityType.Posts, e.GroupId, e, cancellationToken);

    public Task HandleAsync(CommentPosted e, CancellationToken cancellationToken) =>
        CountAsync(e.AuthorId, ChallengeActivityType.Comments, e.GroupId, e, cancellationToken);

    // Reacting to your own content does not count, as it earns no points either.
    public Task HandleAsync(ReactionAdded e, CancellationToken cancellationToken) => e.ReactorId == e.ContentAuthorId
        ? Task.CompletedTask
        : CountAsync(e.ReactorId, ChallengeActivityType.Reactions, e.GroupId, e, cancellationToken);

    private async Task CountAsync(Guid memberId, ChallengeActivityType type, Guid groupId, IIntegrationEvent e, CancellationToken cancellationToken)
    {
        var zone = (await users.FindAsync(memberId, cancellationToken))?.TimeZone;
        var date = LocalCalendar.LocalDate(new DateTimeOffset(e.OccurredAt, TimeSpan.Zero), zone);
        await progress.OnActivityAsync(memberId, type, groupId, date, e.EventId, e.OccurredAt, cancellationToken);
    }
}
