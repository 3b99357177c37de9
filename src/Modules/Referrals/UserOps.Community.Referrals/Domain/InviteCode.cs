namespace UserOps.Community.Referrals.Domain;

internal enum InviteCodeKind
{
    /// <summary>The member's own code, created on first request.</summary>
    Personal = 0,

    /// <summary>An extra labelled code a member created.</summary>
    Custom = 1,

    /// <summary>An operator's code for a channel (no inviter).</summary>
    Campaign = 2,

    /// <summary>A group owner's code: the new member also joins the group.</summary>
    Group = 3,
}

internal static class Channels
{
    public const string Member = "member";
    public const string Group = "group";
}

internal static class InvalidReasons
{
    public const string NotFound = "not_found";
    public const string Expired = "expired";
    public const string Exhausted = "exhausted";
    public const string Revoked = "revoked";
    public const string SelfReferral = "self_referral";
    public const string Loop = "referral_loop";
    public const string AlreadyAttributed = "already_attributed";
}

internal sealed class InviteCode
{
    public const int CodeMax = 32;
    public const int LabelMax = 100;
    public const int ChannelMax = 50;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Stored upper-case; looked up case-insensitively by normalising the input.</summary>
    public string Code { get; init; } = string.Empty;

    public InviteCodeKind Kind { get; init; }

    /// <summary>The inviter; null for campaign codes.</summary>
    public Guid? OwnerId { get; init; }

    public Guid? GroupId { get; init; }

    public string Channel { get; init; } = Channels.Member;

    public string? Label { get; init; }

    public int? MaxUses { get; init; }

    public int Uses { get; set; }

    public DateTime? ExpiresAt { get; init; }

    public DateTime? RevokedAt { get; set; }

    public DateTime CreatedAt { get; init; }

    public Guid CreatedBy { get; init; }

    public string? InvalidReason(DateTime now) =>
        RevokedAt is not null ? InvalidReasons.Revoked
        : ExpiresAt is { } expires && expires <= now ? InvalidReasons.Expired
        : MaxUses is { } max && Uses >= max ? InvalidReasons.Exhausted
        : null;

    public static string Normalize(string code) => code.Trim().ToUpperInvariant();
}
