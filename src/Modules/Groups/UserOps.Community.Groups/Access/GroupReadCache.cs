using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Caching;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.Groups.Contracts;

namespace UserOps.Community.Groups.Access;

internal sealed record GroupFlags(bool IsPublic, bool IsArchived);

/// <summary>Groups' visibility and members' group lists, dropped when this instance commits a change to them.</summary>
internal sealed class GroupReadCache(IOptions<GroupsOptions> options, TimeProvider timeProvider) : ICommittedEventsObserver, IDisposable
{
    public GenerationalCache<GroupFlags> Groups { get; } = new(options.Value.ReadCacheFor, 100_000, timeProvider);

    // A list per member: a handful of ids for most, so some tens of megabytes at most.
    public GenerationalCache<IReadOnlyList<Guid>> Memberships { get; } = new(options.Value.ReadCacheFor, 200_000, timeProvider);

    public void OnCommitted(IReadOnlyList<IIntegrationEvent> events)
    {
        foreach (var integrationEvent in events)
        {
            if (MemberOf(integrationEvent) is { } userId)
            {
                Memberships.Invalidate(userId);
            }
            else if (integrationEvent is GroupUpdated updated)
            {
                Groups.Invalidate(updated.GroupId);
            }
        }
    }

    // Whose list of groups the event changed; role changes leave the list as it was.
    private static Guid? MemberOf(IIntegrationEvent integrationEvent) => integrationEvent switch
    {
        GroupCreated e => e.OwnerId,
        MemberJoined e => e.UserId,
        MemberLeft e => e.UserId,
        MemberRemoved e => e.UserId,
        _ => null,
    };

    public void Dispose()
    {
        Groups.Dispose();
        Memberships.Dispose();
    }
}
