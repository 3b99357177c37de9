using UserOps.Community.BuildingBlocks.Events;

namespace UserOps.Community.Identity.Contracts;

/// <summary>A person created an account. <see cref="InviteCode"/> is passed on for referral attribution.</summary>
public sealed record UserRegistered(
    Guid UserId,
    string DisplayName,
    string TimeZone,
    string Locale,
    string? InviteCode) : IntegrationEvent;

/// <summary>A member changed their profile. <see cref="BecameComplete"/> is true only on the change that completed it.</summary>
public sealed record ProfileUpdated(Guid UserId, bool IsComplete, bool BecameComplete) : IntegrationEvent;

/// <summary>A member signed in; raised at most once per member per local day.</summary>
public sealed record UserSignedIn(Guid UserId, DateOnly LocalDate) : IntegrationEvent;

/// <summary>An admin changed a member's roles.</summary>
public sealed record UserRolesChanged(Guid UserId, IReadOnlyList<string> Roles, Guid ChangedBy) : IntegrationEvent;

/// <summary>A member opted out of (or back into) leaderboards; their points still count for themselves.</summary>
public sealed record LeaderboardOptOutChanged(Guid UserId, bool OptedOut) : IntegrationEvent;

/// <summary>An admin or operator banned a member site-wide: the account is locked and its refresh tokens revoked.</summary>
public sealed record MemberBanned(Guid UserId, string Reason, Guid BannedBy) : IntegrationEvent;

/// <summary>An admin or operator lifted a member's ban.</summary>
public sealed record MemberUnbanned(Guid UserId, Guid UnbannedBy) : IntegrationEvent;
