using FluentValidation;
using UserOps.Community.BuildingBlocks.Time;
using UserOps.Community.Identity.Domain;

namespace UserOps.Community.Identity.Register;

internal sealed record RegisterRequest(
    string Email,
    string Password,
    string DisplayName,
    string? TimeZone,
    string? Locale,
    string? InviteCode);

internal sealed class RegisterRequestValidator : AbstractValidator<RegisterRequest>
{
    public RegisterRequestValidator()
    {
        RuleFor(r => r.Email).NotEmpty().EmailAddress().MaximumLength(256);
        RuleFor(r => r.Password).NotEmpty().MaximumLength(128);
        RuleFor(r => r.DisplayName).NotEmpty().Length(ProfileRules.DisplayNameMin, ProfileRules.DisplayNameMax);
        RuleFor(r => r.TimeZone)
            .Must(LocalCalendar.IsKnownTimeZone).When(r => r.TimeZone is not null)
            .WithMessage("Time zone must be an IANA time zone such as Asia/Shanghai.");
        RuleFor(r => r.Locale)
            .Must(l => Locales.Supported.Contains(l)).When(r => r.Locale is not null)
            .WithMessage("Locale must be 'en' or 'zh-CN'.");
        RuleFor(r => r.InviteCode).MaximumLength(ProfileRules.InviteCodeMax);
    }
}
