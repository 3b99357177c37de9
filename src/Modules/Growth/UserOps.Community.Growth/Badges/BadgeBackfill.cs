using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Badges;

/// <summary>Asks for a new badge to be given to everyone who already qualifies, one page of members per message.</summary>
internal sealed record BadgeBackfillRequested(Guid BadgeId, Guid? AfterUserId) : IntegrationEvent;

/// <summary>
/// Retroactive awards as a chain of outbox messages: each handles one page of members in its own transaction
/// and queues the next, so a million members never make one giant transaction, and a crash resumes where it stopped.
/// Awards are marked retroactive so notifications can stay quiet.
/// </summary>
internal sealed class BadgeBackfillHandler(CommunityDbContext db, BadgeAwarder badges, TimeProvider timeProvider)
    : IIntegrationEventHandler<BadgeBackfillRequested>
{
    public const int PageSize = 500;

    public async Task HandleAsync(BadgeBackfillRequested integrationEvent, CancellationToken cancellationToken)
    {
        var badge = await db.Set<Badge>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == integrationEvent.BadgeId && b.Enabled && !b.Manual, cancellationToken);
        if (badge is null)
        {
            return;
        }

        var members = db.Set<MemberPoints>().AsNoTracking().Select(m => m.UserId);
        if (integrationEvent.AfterUserId is { } after)
        {
            members = members.Where(id => id.CompareTo(after) > 0);
        }

        var page = await members.OrderBy(id => id).Take(PageSize).ToListAsync(cancellationToken);
        foreach (var userId in page)
        {
            if (await badges.QualifiesAsync(userId, badge, [], cancellationToken))
            {
                await badges.AwardAsync(userId, badge, retroactive: true, grantedBy: null, reason: null, cancellationToken);
            }
        }

        if (page.Count == PageSize)
        {
            db.AddIntegrationEvent(new BadgeBackfillRequested(badge.Id, page[^1]) { OccurredAt = timeProvider.GetUtcNow().UtcDateTime }, badge.Id, timeProvider);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
