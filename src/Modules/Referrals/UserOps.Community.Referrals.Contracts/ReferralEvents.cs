using UserOps.Community.BuildingBlocks.Events;

namespace UserOps.Community.Referrals.Contracts;

/// <summary>A new member registered with an invite code. <see cref="InviterId"/> is null for operator campaign codes; <see cref="GroupId"/> is the group the code joins.</summary>
public sealed record ReferralAttributed(
    Guid ReferralId, Guid InviteeId, Guid? InviterId, string Code, string? Channel, Guid? GroupId) : IntegrationEvent;

/// <summary>An invitee met the activation criterion; the growth rules reward inviter and invitee.</summary>
public sealed record ReferralActivated(Guid ReferralId, Guid InviteeId, Guid? InviterId, string Code, string? Channel) : IntegrationEvent
{
    /// <summary>True when the inviter already had the maximum rewarded activations for the day or month: only the invitee is rewarded.</summary>
    public bool InviterCapped { get; init; }
}

/// <summary>A referral was revoked (e.g. the invitee was banned for abuse); its rewards are reversed.</summary>
public sealed record ReferralRevoked(Guid ReferralId, Guid InviteeId, Guid? InviterId, string Reason) : IntegrationEvent;
