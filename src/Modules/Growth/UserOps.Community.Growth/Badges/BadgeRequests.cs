using FluentValidation;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Badges;

internal sealed record BadgeRequest(
    string NameEn, string NameZh, string? DescriptionEn, string? DescriptionZh, string? Icon, string? Tier,
    bool? Manual, bool? Visible, bool? Enabled, BadgeCriterion? Criterion, bool? AwardRetroactively);

internal sealed record BadgeView(
    Guid Id, string NameEn, string NameZh, string DescriptionEn, string DescriptionZh, string Icon, string Tier,
    bool Manual, bool Visible, bool Enabled, BadgeCriterion? Criterion)
{
    public static BadgeView From(Badge b) => new(
        b.Id, b.NameEn, b.NameZh, b.DescriptionEn, b.DescriptionZh, b.Icon, b.Tier, b.Manual, b.Visible, b.Enabled, BadgeCriterion.FromJson(b.Criterion));
}

internal sealed class BadgeRequestValidator : AbstractValidator<BadgeRequest>
{
    public BadgeRequestValidator()
    {
        RuleFor(r => r.NameEn).NotEmpty().MaximumLength(100);
        RuleFor(r => r.NameZh).NotEmpty().MaximumLength(100);
        RuleFor(r => r.DescriptionEn).MaximumLength(500);
        RuleFor(r => r.DescriptionZh).MaximumLength(500);
        RuleFor(r => r.Icon).MaximumLength(2048);
        RuleFor(r => r.Tier).Must(t => t is null || BadgeTiers.All.Contains(t)).WithMessage("Tier must be bronze, silver or gold.").WithErrorCode(FieldErrorCodes.NotAllowed);
        RuleFor(r => r.Criterion).NotNull().When(r => r.Manual != true).WithMessage("An automatic badge needs a criterion.");
        RuleFor(r => r.Criterion!).Must(c => Valid(c, depth: 0)).When(r => r.Criterion is not null)
            .WithMessage($"Criterion: operator 'and' or 'or'; at least one condition; metrics from {string.Join(", ", Metrics.All)}; comparisons gte, gt, eq, lte, lt; windowDays 1-365; nesting at most 3 deep.").WithErrorCode("criterion_invalid");
    }

    private static bool Valid(BadgeCriterion criterion, int depth) =>
        depth < 3
        && criterion.Operator is "and" or "or"
        && criterion.Conditions.Count + (criterion.Children?.Count ?? 0) > 0
        && criterion.Conditions.All(c => Metrics.All.Contains(c.Metric) && BadgeCriterion.Comparisons.Contains(c.Comparison)
            && c.Threshold >= 0 && c.WindowDays is null or (>= 1 and <= 365)
            && (c.WindowDays is null || Metrics.WindowSource(c.Metric) is not null))
        && (criterion.Children ?? []).All(child => Valid(child, depth + 1));
}
