using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Notifications.Domain;

namespace UserOps.Community.Notifications.Realtime;

/// <summary>
/// Hub subscriptions in the shared database, so every instance sees who is online and can find the
/// connections of a member who lost access (the Redis backplane then removes them wherever they live).
/// </summary>
internal sealed class SubscriptionStore(CommunityDbContext db, HostInstance instance, TimeProvider timeProvider)
{
    /// <summary>Rows not refreshed for this long belong to an instance that died; they stop counting.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(3);

    public async Task AddAsync(string connectionId, Guid groupId, Guid userId, CancellationToken cancellationToken)
    {
        var exists = await db.Set<HubSubscription>().AnyAsync(s => s.ConnectionId == connectionId && s.GroupId == groupId, cancellationToken);
        if (!exists)
        {
            db.Add(new HubSubscription { ConnectionId = connectionId, GroupId = groupId, UserId = userId, InstanceId = instance.Id, SeenAt = Now() });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task<bool> RemoveAsync(string connectionId, Guid groupId, CancellationToken cancellationToken) =>
        await db.Set<HubSubscription>().Where(s => s.ConnectionId == connectionId && s.GroupId == groupId).ExecuteDeleteAsync(cancellationToken) > 0;

    public async Task<IReadOnlyList<Guid>> RemoveConnectionAsync(string connectionId, CancellationToken cancellationToken)
    {
        var groups = await db.Set<HubSubscription>().Where(s => s.ConnectionId == connectionId).Select(s => s.GroupId).ToListAsync(cancellationToken);
        if (groups.Count > 0)
        {
            await db.Set<HubSubscription>().Where(s => s.ConnectionId == connectionId).ExecuteDeleteAsync(cancellationToken);
        }

        return groups;
    }

    public Task<int> CountOnlineAsync(Guid groupId, CancellationToken cancellationToken) => OnlineMembers(groupId).CountAsync(cancellationToken);

    /// <summary>
    /// How many members are online and the first <paramref name="limit"/> of them, from one read, so a
    /// subscription landing in between cannot make the count and the list disagree.
    /// </summary>
    public async Task<(int Online, IReadOnlyList<Guid> Members)> PresenceAsync(Guid groupId, int limit, CancellationToken cancellationToken)
    {
        var online = await OnlineMembers(groupId).OrderBy(id => id).ToListAsync(cancellationToken);
        return (online.Count, online.Count <= limit ? online : online.GetRange(0, limit));
    }

    // Members with a subscription to the group refreshed within the expiry: rows of a dead instance stop counting.
    private IQueryable<Guid> OnlineMembers(Guid groupId)
    {
        var since = Now() - Expiry;
        return db.Set<HubSubscription>().Where(s => s.GroupId == groupId && s.SeenAt >= since).Select(s => s.UserId).Distinct();
    }

    /// <summary>Connections (on any instance) through which <paramref name="userId"/> follows the group.</summary>
    public async Task<IReadOnlyList<string>> ConnectionsOfAsync(Guid groupId, Guid userId, CancellationToken cancellationToken) =>
        await db.Set<HubSubscription>().Where(s => s.GroupId == groupId && s.UserId == userId).Select(s => s.ConnectionId).ToListAsync(cancellationToken);

    /// <summary>Every subscription of the member, on any instance, removed: for a banned account.</summary>
    public async Task<IReadOnlyList<HubSubscription>> RemoveMemberAsync(Guid userId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<HubSubscription>().AsNoTracking().Where(s => s.UserId == userId).ToListAsync(cancellationToken);
        if (rows.Count > 0)
        {
            await db.Set<HubSubscription>().Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        }

        return rows;
    }

    public async Task<IReadOnlyList<HubSubscription>> SubscribersOfAsync(Guid groupId, CancellationToken cancellationToken) =>
        await db.Set<HubSubscription>().AsNoTracking().Where(s => s.GroupId == groupId).ToListAsync(cancellationToken);

    public async Task DeleteAsync(IReadOnlyCollection<string> connectionIds, Guid groupId, CancellationToken cancellationToken) =>
        await db.Set<HubSubscription>().Where(s => s.GroupId == groupId && connectionIds.Contains(s.ConnectionId)).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Marks this instance's rows alive and drops rows every instance abandoned.</summary>
    public async Task HeartbeatAsync(CancellationToken cancellationToken)
    {
        var now = Now();
        await db.Set<HubSubscription>().Where(s => s.InstanceId == instance.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.SeenAt, now), cancellationToken);
        var expired = now - Expiry;
        await db.Set<HubSubscription>().Where(s => s.SeenAt < expired).ExecuteDeleteAsync(cancellationToken);
    }

    private DateTime Now() => timeProvider.GetUtcNow().UtcDateTime;
}
