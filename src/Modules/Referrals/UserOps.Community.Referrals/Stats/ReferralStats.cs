namespace UserOps.Community.Referrals.Stats;

internal sealed record TopReferrer(Guid UserId, string DisplayName, int InvitesUsed, int Activations);

internal sealed record ChannelRow(string Channel, int InvitesUsed, int Activations, double? ActivationRate);

internal sealed record CodeRow(string Code, string Kind, string Channel, string? Label, int InvitesUsed, int Activations, double? ActivationRate);

/// <summary>
/// Referral funnel for members attributed in [from, to] (UTC days). Definitions (README "Referrals"):
/// activations = attributed in the period and activated (revoked ones excluded); K = invitationsPerMember × activationRate,
/// where invitationsPerMember = invitesUsed ÷ membersAtStart (accounts created before the period).
/// </summary>
internal sealed record ReferralStatsView(
    DateOnly From,
    DateOnly To,
    string? Channel,
    int MembersAtStart,
    int Registrations,
    int InvitesUsed,
    int Activations,
    int Revoked,
    double? ActivationRate,
    double? MedianHoursToActivation,
    double? InvitationsPerMember,
    double? ViralCoefficient,
    IReadOnlyList<TopReferrer> TopReferrers,
    IReadOnlyList<ChannelRow> ByChannel,
    IReadOnlyList<CodeRow> ByCode);

/// <summary>One attributed referral as the statistics need it.</summary>
internal sealed record CohortRow(Guid? InviterId, Guid CodeId, string Code, string Channel, bool Activated, bool Revoked, DateTime AttributedAt, DateTime? ActivatedAt);

internal static class StatsMath
{
    public const int TopReferrers = 10;

    public static double? Ratio(int numerator, int denominator) => denominator == 0 ? null : (double)numerator / denominator;

    /// <summary>The middle value, or the mean of the two middle values for an even count; null when empty.</summary>
    public static double? Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
