using FluentValidation;
using UserOps.Community.Groups.Domain;

namespace UserOps.Community.Groups.CreateGroup;

internal sealed record CreateGroupRequest(
    string Name,
    string Slug,
    string? Description,
    string? Visibility,
    string? JoinPolicy,
    IReadOnlyList<string>? Tags);

internal sealed class CreateGroupRequestValidator : AbstractValidator<CreateGroupRequest>
{
    public CreateGroupRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(GroupRules.NameMax);
        RuleFor(r => r.Slug)
            .NotEmpty()
            .Length(GroupRules.SlugMin, GroupRules.SlugMax)
            .Matches(GroupRules.SlugPattern()).WithMessage("Slug may use lowercase letters, digits and single hyphens.");
        RuleFor(r => r.Description).MaximumLength(GroupRules.DescriptionMax);
        Include(new GroupSettingsValidator<CreateGroupRequest>(r => r.Visibility, r => r.JoinPolicy, r => r.Tags));
    }
}

/// <summary>Rules shared by create and update for visibility, join policy and tags.</summary>
internal sealed class GroupSettingsValidator<T> : AbstractValidator<T>
{
    public GroupSettingsValidator(
        System.Linq.Expressions.Expression<Func<T, string?>> visibility,
        System.Linq.Expressions.Expression<Func<T, string?>> joinPolicy,
        System.Linq.Expressions.Expression<Func<T, IReadOnlyList<string>?>> tags)
    {
        RuleFor(visibility)
            .Must(v => v is null || GroupSettingsText.Visibilities.Contains(v))
            .WithMessage("Visibility must be 'public' or 'private'.");
        RuleFor(joinPolicy)
            .Must(p => p is null || GroupSettingsText.JoinPolicies.Contains(p))
            .WithMessage("Join policy must be 'open', 'approval' or 'invite'.");
        RuleFor(tags)
            .Must(t => t is null || t.Count <= GroupRules.TagsMax).WithMessage($"At most {GroupRules.TagsMax} tags.")
            .Must(t => t is null || t.All(tag => !string.IsNullOrWhiteSpace(tag) && tag.Trim().Length <= GroupRules.TagMax))
            .WithMessage($"Tags must be 1 to {GroupRules.TagMax} characters.");
    }
}
