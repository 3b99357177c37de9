using FluentValidation;
using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Rewards;

internal sealed record RewardRequest(
    string Name, string? Description, string? ImageUrl, int Cost, int? Stock, int? PerMemberLimit, int? MinimumLevel,
    DateTime? ActiveFrom, DateTime? ActiveUntil, bool? Enabled);

internal sealed record RewardView(
    Guid Id, string Name, string Description, string? ImageUrl, int Cost, int? Stock, int? PerMemberLimit, int? MinimumLevel,
    DateTime? ActiveFrom, DateTime? ActiveUntil, bool Enabled)
{
    public static RewardView From(Reward r) =>
        new(r.Id, r.Name, r.Description, r.ImageUrl, r.Cost, r.Stock, r.PerMemberLimit, r.MinimumLevel, r.ActiveFrom, r.ActiveUntil, r.Enabled);
}

internal sealed record RedemptionView(Guid Id, Guid RewardId, string RewardName, Guid UserId, int Cost, string Status, DateTime CreatedAt, DateTime? DecidedAt, string? Note)
{
    public static RedemptionView From(Redemption r, string rewardName) =>
        new(r.Id, r.RewardId, rewardName, r.UserId, r.Cost, r.Status.ToString().ToLowerInvariant(), r.CreatedAt, r.DecidedAt, r.Note);
}

internal sealed class RewardRequestValidator : AbstractValidator<RewardRequest>
{
    public RewardRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Description).MaximumLength(2000);
        RuleFor(r => r.ImageUrl).MaximumLength(2048)
            .Must(u => u is null || (Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            .WithMessage("imageUrl must be an absolute http(s) URL.");
        RuleFor(r => r.Cost).InclusiveBetween(1, 10_000_000);
        RuleFor(r => r.Stock).GreaterThanOrEqualTo(0).When(r => r.Stock is not null);
        RuleFor(r => r.PerMemberLimit).GreaterThan(0).When(r => r.PerMemberLimit is not null);
        RuleFor(r => r.MinimumLevel).GreaterThan(0).When(r => r.MinimumLevel is not null);
        RuleFor(r => r.ActiveUntil).Must((r, until) => r.ActiveFrom is null || until > r.ActiveFrom)
            .When(r => r.ActiveUntil is not null).WithMessage("activeUntil must be after activeFrom.");
    }
}
