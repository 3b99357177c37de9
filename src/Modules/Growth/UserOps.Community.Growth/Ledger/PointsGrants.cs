using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Time;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Growth.Levels;

namespace UserOps.Community.Growth.Ledger;

/// <summary>What a one-line award outside the rules says about itself.</summary>
internal sealed record PointsGrant(
    Guid UserId, int Amount, PointEntryKind Kind, Guid SourceEventId, string SourceType, string Reason,
    string? SubjectKey = null, Guid? GroupId = null, Guid? OperatorId = null);

/// <summary>A one-line award outside the rules (an operator's grant, a challenge reward): entry, PointsAwarded, level.</summary>
internal sealed class PointsGrants(CommunityDbContext db, PointsLedger ledger, LevelProgression levels, TimeProvider timeProvider)
{
    /// <summary>Appends the entry, announces it and settles the level; the caller holds the member's lock and saves.</summary>
    public async Task GrantAsync(PointsGrant grant, string? timeZone, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        await ledger.AppendAsync(
            new PointEntry
            {
                UserId = grant.UserId,
                Amount = grant.Amount,
                Kind = grant.Kind,
                SourceEventId = grant.SourceEventId,
                SourceType = grant.SourceType,
                SubjectKey = grant.SubjectKey,
                GroupId = grant.GroupId,
                OperatorId = grant.OperatorId,
                OccurredAt = now,
                LocalDate = LocalCalendar.LocalDate(new DateTimeOffset(now, TimeSpan.Zero), timeZone),
                Reason = grant.Reason,
            },
            cancellationToken);
        db.AddIntegrationEvent(
            new PointsAwarded(grant.UserId, grant.SourceEventId, grant.SourceType, grant.Amount, [new PointsLine(null, grant.Amount, grant.Reason)]) { OccurredAt = now },
            grant.UserId,
            timeProvider);
        await levels.SettleAsync(grant.UserId, cancellationToken);
    }
}
