using UserOps.Community.BuildingBlocks.Events;

namespace UserOps.Community.Engagement.Contracts;

/// <summary>A member checked in for <see cref="LocalDate"/> (their calendar day); <see cref="IsMakeup"/> marks a 补签 for a missed day.</summary>
public sealed record CheckInRecorded(
    Guid CheckInId, Guid MemberId, DateOnly LocalDate, string TimeZone, int StreakLength, bool IsMakeup) : IntegrationEvent;

/// <summary>A member's streak reached a configured milestone; raised once per milestone per streak.</summary>
public sealed record StreakReached(Guid MemberId, int Milestone, int StreakLength, DateOnly LocalDate) : IntegrationEvent;

/// <summary>A streak ended without a check-in on the following day; detected lazily or by the daily job.</summary>
public sealed record StreakBroken(Guid MemberId, int StreakLength, DateOnly LastCheckInDate, DateOnly DetectedOn) : IntegrationEvent;

/// <summary>A member completed a challenge; the growth module grants <see cref="RewardPoints"/> and <see cref="RewardBadgeId"/>.</summary>
public sealed record ChallengeCompleted(
    Guid ChallengeId, Guid MemberId, Guid? GroupId, string Title, int RewardPoints, Guid? RewardBadgeId) : IntegrationEvent;
