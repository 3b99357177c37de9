namespace UserOps.Community.Referrals.Domain;

internal enum ReferralStatus
{
    Registered = 0,
    Activated = 1,
    Revoked = 2,
}

/// <summary>One invitee's attribution to a code (at most one per invitee), and how far they are towards activation.</summary>
internal sealed class Referral
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid InviteeId { get; init; }

    public Guid? InviterId { get; init; }

    public Guid CodeId { get; init; }

    public string Code { get; init; } = string.Empty;

    public InviteCodeKind CodeKind { get; init; }

    public string Channel { get; init; } = Channels.Member;

    public Guid? GroupId { get; init; }

    public ReferralStatus Status { get; set; }

    public DateTime AttributedAt { get; init; }

    /// <summary>Signals after this instant no longer count towards activation.</summary>
    public DateTime ActivationDeadline { get; init; }

    public DateTime? ActivatedAt { get; set; }

    /// <summary>The ReferralActivated event, so Growth's PointsAwarded for it can be matched back.</summary>
    public Guid? ActivatedEventId { get; set; }

    /// <summary>The inviter was over a daily or monthly cap: the activation counts, the inviter earns nothing for it.</summary>
    public bool InviterCapped { get; set; }

    /// <summary>The inviter's local day of a rewarded activation; caps count these.</summary>
    public DateOnly? InviterRewardDate { get; set; }

    public DateTime? RevokedAt { get; set; }

    public string? RevokeReason { get; set; }

    public Guid? RevokedEventId { get; set; }

    /// <summary>Points the inviter earned for this referral, and (negative) had reversed, as Growth reported them.</summary>
    public int InviterPointsEarned { get; set; }

    public int InviterPointsReversed { get; set; }
}

internal enum SignalKind
{
    ProfileComplete = 0,
    Post = 1,
    CheckIn = 2,
}

/// <summary>One thing an invitee did that counts towards activation; the key makes a redelivered event count once.</summary>
internal sealed class ActivationSignal
{
    public Guid ReferralId { get; init; }

    public string Key { get; init; } = string.Empty;

    public SignalKind Kind { get; init; }

    public DateTime OccurredAt { get; init; }
}

/// <summary>One row per inviter, locked while an activation is capped, so concurrent activations count the cap exactly.</summary>
internal sealed class InviterTally
{
    public Guid InviterId { get; init; }

    public DateTime UpdatedAt { get; set; }
}
