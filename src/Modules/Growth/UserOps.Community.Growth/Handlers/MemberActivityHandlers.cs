using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Growth.Engine;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Growth.Handlers;

/// <summary>Identity and group-membership events as activities.</summary>
internal sealed class MemberActivityHandlers(PointsEngine engine) :
    IIntegrationEventHandler<MemberJoined>,
    IIntegrationEventHandler<MemberLeft>,
    IIntegrationEventHandler<MemberRemoved>,
    IIntegrationEventHandler<ProfileUpdated>,
    IIntegrationEventHandler<UserSignedIn>
{
    public Task HandleAsync(MemberJoined e, CancellationToken cancellationToken) => engine.ApplyAsync(
        new Activity
        {
            EventId = e.EventId, EventType = EventTypes.MemberJoined, OccurredAt = e.OccurredAt, ActorId = e.UserId,
            GroupId = e.GroupId, SubjectKey = MembershipKey(e.GroupId, e.UserId),
        },
        cancellationToken);

    // Leaving undoes the joining reward, so join-leave cycles earn nothing.
    public Task HandleAsync(MemberLeft e, CancellationToken cancellationToken) =>
        engine.ReverseAsync(MembershipKey(e.GroupId, e.UserId), e.EventId, nameof(MemberLeft), cancellationToken);

    public Task HandleAsync(MemberRemoved e, CancellationToken cancellationToken) =>
        engine.ReverseAsync(MembershipKey(e.GroupId, e.UserId), e.EventId, nameof(MemberRemoved), cancellationToken);

    public Task HandleAsync(ProfileUpdated e, CancellationToken cancellationToken) => !e.BecameComplete
        ? Task.CompletedTask
        : engine.ApplyAsync(
            new Activity
            {
                EventId = e.EventId, EventType = EventTypes.ProfileCompleted, OccurredAt = e.OccurredAt, ActorId = e.UserId,
                SubjectKey = $"profile:{e.UserId}",
            },
            cancellationToken);

    public Task HandleAsync(UserSignedIn e, CancellationToken cancellationToken) => engine.ApplyAsync(
        new Activity
        {
            EventId = e.EventId, EventType = EventTypes.UserSignedIn, OccurredAt = e.OccurredAt, ActorId = e.UserId,
            SubjectKey = $"signin:{e.UserId}:{e.LocalDate:yyyy-MM-dd}",
        },
        cancellationToken);

    private static string MembershipKey(Guid groupId, Guid userId) => $"membership:{groupId}:{userId}";
}
