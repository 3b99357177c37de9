using UserOps.Community.BuildingBlocks.Events;

namespace UserOps.Community.Groups.Contracts;

/// <summary>A member created a group and became its owner.</summary>
public sealed record GroupCreated(Guid GroupId, string Name, string Slug, bool IsPublic, Guid OwnerId) : IntegrationEvent;

/// <summary>A group's settings changed; <see cref="IsPublic"/> is the visibility after the change.</summary>
public sealed record GroupUpdated(Guid GroupId, bool IsPublic, bool IsArchived) : IntegrationEvent;

/// <summary>A member joined a group: directly, after approval, or through an invitation.</summary>
public sealed record MemberJoined(Guid GroupId, Guid UserId, string Via) : IntegrationEvent;

/// <summary>A member left a group of their own accord.</summary>
public sealed record MemberLeft(Guid GroupId, Guid UserId) : IntegrationEvent;

/// <summary>An owner or group moderator removed a member.</summary>
public sealed record MemberRemoved(Guid GroupId, Guid UserId, Guid RemovedBy) : IntegrationEvent;

/// <summary>A member asked to join a group that needs approval.</summary>
public sealed record JoinRequested(Guid GroupId, Guid RequestId, Guid UserId) : IntegrationEvent;

/// <summary>An owner or group moderator approved or rejected a join request.</summary>
public sealed record JoinRequestDecided(Guid GroupId, Guid RequestId, Guid UserId, bool Approved, Guid DecidedBy) : IntegrationEvent;

/// <summary>A member's role in a group changed (member, moderator, owner).</summary>
public sealed record GroupRoleChanged(Guid GroupId, Guid UserId, GroupRole Role, Guid ChangedBy) : IntegrationEvent;

/// <summary>An owner or group moderator invited a member into a group.</summary>
public sealed record MemberInvited(Guid GroupId, Guid UserId, Guid InvitedBy) : IntegrationEvent;
