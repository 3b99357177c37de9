using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Groups.Domain;
using UserOps.Community.Groups.Members;
using UserOps.Community.Referrals.Contracts;

namespace UserOps.Community.Groups.Referrals;

/// <summary>
/// A group owner's invite code is an invitation into the group: the new member joins whatever the join policy,
/// through the same membership path as any join (member row, count, MemberJoined). A redelivery finds the member already in.
/// </summary>
internal sealed class ReferralJoinHandler(CommunityDbContext db) : IIntegrationEventHandler<ReferralAttributed>
{
    public async Task HandleAsync(ReferralAttributed integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.GroupId is not { } groupId
            || await db.Set<Group>().FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken) is not { IsArchived: false } group)
        {
            return;
        }

        await Membership.AddAsync(db, group, integrationEvent.InviteeId, JoinVia.Referral, integrationEvent.OccurredAt, cancellationToken);
    }
}
