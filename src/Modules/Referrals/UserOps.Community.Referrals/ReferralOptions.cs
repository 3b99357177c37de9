namespace UserOps.Community.Referrals;

/// <summary>Operator configuration of referrals (section "Referrals"); documented in the README.</summary>
internal sealed class ReferralOptions
{
    public const string SectionName = "Referrals";

    /// <summary>Prefix of invite links, e.g. https://community.example.com; empty gives site-relative links.</summary>
    public string PublicBaseUrl { get; set; } = string.Empty;

    public ActivationOptions Activation { get; set; } = new();

    public CapOptions Caps { get; set; } = new();

    /// <summary>A ban of the invitee within this many days of attribution revokes the referral and reverses its rewards.</summary>
    public int RevokeOnBanWithinDays { get; set; } = 30;
}

/// <summary>
/// Activated = (profile complete, when required) AND (at least MinPosts posts OR at least MinCheckIns check-ins),
/// all within WindowDays of attribution. A path with 0 is switched off; with both off the profile alone activates.
/// </summary>
internal sealed class ActivationOptions
{
    public bool RequireProfileComplete { get; set; } = true;

    public int MinPosts { get; set; } = 1;

    public int MinCheckIns { get; set; } = 3;

    public int WindowDays { get; set; } = 30;
}

/// <summary>Rewarded activations per inviter, per local day and calendar month of the inviter; null means no cap.</summary>
internal sealed class CapOptions
{
    public int? PerInviterPerDay { get; set; } = 5;

    public int? PerInviterPerMonth { get; set; } = 30;
}
