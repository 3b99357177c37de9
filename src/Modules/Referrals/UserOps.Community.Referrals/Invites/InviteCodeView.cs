using Microsoft.Extensions.Options;
using UserOps.Community.Referrals.Domain;

namespace UserOps.Community.Referrals.Invites;

internal sealed record InviteCodeView(
    Guid Id, string Code, string Kind, string? Label, string Channel, Guid? GroupId, int? MaxUses, int Uses,
    DateTime? ExpiresAt, DateTime? RevokedAt, DateTime CreatedAt, string Status, string Url, string QrUrl);

/// <summary>Invite links: <c>/join/{code}</c> under the configured public base URL.</summary>
internal sealed class InviteLinks(IOptions<ReferralOptions> options, TimeProvider timeProvider)
{
    public string Url(string code) => $"{options.Value.PublicBaseUrl.TrimEnd('/')}/join/{code}";

    // Upper-case letters, digits and ":/." fit a QR code's alphanumeric mode: a smaller, easier-to-scan code.
    public string QrUrl(string code) => Url(code).ToUpperInvariant();

    public InviteCodeView View(InviteCode code) => new(
        code.Id, code.Code, code.Kind.ToString().ToLowerInvariant(), code.Label, code.Channel, code.GroupId, code.MaxUses, code.Uses,
        code.ExpiresAt, code.RevokedAt, code.CreatedAt, code.InvalidReason(timeProvider.GetUtcNow().UtcDateTime) ?? "valid",
        Url(code.Code), QrUrl(code.Code));
}
