using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Growth.Leaderboards;

/// <summary>
/// Keeps the set of members who are not ranked, from Identity's opt-out and ban events. A member can be excluded
/// for both reasons at once; the row lists every reason and goes only when the last one is lifted.
/// </summary>
internal sealed class ExclusionHandler(CommunityDbContext db) :
    IIntegrationEventHandler<LeaderboardOptOutChanged>,
    IIntegrationEventHandler<MemberBanned>,
    IIntegrationEventHandler<MemberUnbanned>
{
    public const string OptedOut = "opted-out";
    public const string Banned = "banned";

    public Task HandleAsync(LeaderboardOptOutChanged e, CancellationToken cancellationToken) =>
        SetAsync(e.UserId, OptedOut, e.OptedOut, e.OccurredAt, cancellationToken);

    public Task HandleAsync(MemberBanned e, CancellationToken cancellationToken) =>
        SetAsync(e.UserId, Banned, excluded: true, e.OccurredAt, cancellationToken);

    public Task HandleAsync(MemberUnbanned e, CancellationToken cancellationToken) =>
        SetAsync(e.UserId, Banned, excluded: false, e.OccurredAt, cancellationToken);

    // Setting a reason that is already there (a redelivered event) changes nothing.
    private async Task SetAsync(Guid userId, string reason, bool excluded, DateTime at, CancellationToken cancellationToken)
    {
        var existing = await db.Set<LeaderboardExclusion>().FirstOrDefaultAsync(x => x.UserId == userId, cancellationToken);
        var reasons = existing?.Reason.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet() ?? [];
        if (!(excluded ? reasons.Add(reason) : reasons.Remove(reason)))
        {
            return;
        }

        var joined = string.Join(',', reasons.Order(StringComparer.Ordinal));
        if (existing is null)
        {
            db.Add(new LeaderboardExclusion { UserId = userId, Reason = joined, Since = at });
        }
        else if (reasons.Count == 0)
        {
            db.Remove(existing);
        }
        else
        {
            existing.Reason = joined;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
