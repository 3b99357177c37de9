using UserOps.Community.BuildingBlocks.Events;

namespace UserOps.Community.Growth.Contracts;

/// <summary>One line of an award: which rule gave how much, and why.</summary>
public sealed record PointsLine(Guid? RuleId, int Amount, string Reason);

/// <summary>Points a member received (or lost, when negative) because of one source event, summed over all rules.</summary>
public sealed record PointsAwarded(Guid UserId, Guid SourceEventId, string SourceType, int Total, IReadOnlyList<PointsLine> Lines) : IntegrationEvent;

/// <summary>A member reached a level; an award that crosses several levels raises one per level.</summary>
public sealed record LevelReached(Guid UserId, int Level, string NameEn, string NameZh) : IntegrationEvent;

/// <summary>A member spent points on a reward; an operator will fulfil or cancel it.</summary>
public sealed record RewardRedeemed(Guid RedemptionId, Guid RewardId, Guid UserId, string RewardName, int Cost) : IntegrationEvent;

/// <summary>An operator delivered a redeemed reward.</summary>
public sealed record RedemptionFulfilled(Guid RedemptionId, Guid RewardId, Guid UserId, string RewardName) : IntegrationEvent;

/// <summary>An operator cancelled a redemption; the points were refunded.</summary>
public sealed record RedemptionCancelled(Guid RedemptionId, Guid RewardId, Guid UserId, string RewardName, int Refunded) : IntegrationEvent;

/// <summary>A member earned a badge. <see cref="Retroactive"/> awards (a new badge given to everyone who already qualified) should not notify.</summary>
public sealed record BadgeEarned(Guid UserId, Guid BadgeId, string NameEn, string NameZh, string Tier, bool Retroactive) : IntegrationEvent;

/// <summary>A moderator or operator took a badge back.</summary>
public sealed record BadgeRevoked(Guid UserId, Guid BadgeId, Guid RevokedBy, string Reason) : IntegrationEvent;
