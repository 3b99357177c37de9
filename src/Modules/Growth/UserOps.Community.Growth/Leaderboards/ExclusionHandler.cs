using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Growth.Leaderboards;

/// <summary>Keeps the set of members who are not ranked, from Identity's opt-out events.</summary>
internal sealed class ExclusionHandler(CommunityDbContext db) : IIntegrationEventHandler<LeaderboardOptOutChanged>
{
    public const string OptedOut = "opted-out";

    public async Task HandleAsync(LeaderboardOptOutChanged integrationEvent, CancellationToken cancellationToken)
    {
        var existing = await db.Set<LeaderboardExclusion>().FirstOrDefaultAsync(x => x.UserId == integrationEvent.UserId, cancellationToken);
        if (integrationEvent.OptedOut && existing is null)
        {
            db.Add(new LeaderboardExclusion { UserId = integrationEvent.UserId, Reason = OptedOut, Since = integrationEvent.OccurredAt });
        }
        else if (!integrationEvent.OptedOut && existing is { Reason: OptedOut })
        {
            db.Remove(existing);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
