using FluentValidation;
using UserOps.Community.BuildingBlocks.Time;
using UserOps.Community.Identity.Domain;

namespace UserOps.Community.Identity.Profile;

/// <summary>PATCH semantics: a field left out (or null) keeps its value; an empty string clears an optional one.</summary>
internal sealed record UpdateProfileRequest(
    string? DisplayName,
    string? Bio,
    string? AvatarUrl,
    string? TimeZone,
    string? Locale,
    IReadOnlyList<string>? Interests,
    string? Region,
    bool? LeaderboardOptOut = null);

internal sealed class UpdateProfileRequestValidator : AbstractValidator<UpdateProfileRequest>
{
    public UpdateProfileRequestValidator()
    {
        RuleFor(r => r.DisplayName!)
            .Must(n => n.Trim().Length is >= ProfileRules.DisplayNameMin and <= ProfileRules.DisplayNameMax)
            .When(r => r.DisplayName is not null)
            .WithMessage($"Display name must be {ProfileRules.DisplayNameMin} to {ProfileRules.DisplayNameMax} characters.");
        RuleFor(r => r.Bio).MaximumLength(ProfileRules.BioMax);
        RuleFor(r => r.AvatarUrl)
            .MaximumLength(ProfileRules.AvatarUrlMax)
            .Must(BeEmptyOrHttpUrl).WithMessage("Avatar URL must be an absolute http or https URL.");
        RuleFor(r => r.TimeZone)
            .Must(LocalCalendar.IsKnownTimeZone).When(r => r.TimeZone is not null)
            .WithMessage("Time zone must be an IANA time zone such as Asia/Shanghai.");
        RuleFor(r => r.Locale)
            .Must(l => Locales.Supported.Contains(l)).When(r => r.Locale is not null)
            .WithMessage("Locale must be 'en' or 'zh-CN'.");
        RuleFor(r => r.Interests!)
            .Must(i => i.Count <= ProfileRules.InterestsMax).WithMessage($"At most {ProfileRules.InterestsMax} interests.")
            .When(r => r.Interests is not null);
        RuleForEach(r => r.Interests)
            .NotEmpty().MaximumLength(ProfileRules.InterestMax);
        RuleFor(r => r.Region).MaximumLength(ProfileRules.RegionMax);
    }

    private static bool BeEmptyOrHttpUrl(string? url) =>
        string.IsNullOrEmpty(url)
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));
}
