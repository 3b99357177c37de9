using FluentValidation;
using UserOps.Community.Groups.CreateGroup;
using UserOps.Community.Groups.Domain;

namespace UserOps.Community.Groups.UpdateGroup;

/// <summary>PATCH: fields left out keep their values.</summary>
internal sealed record UpdateGroupRequest(
    string? Name,
    string? Description,
    string? Visibility,
    string? JoinPolicy,
    IReadOnlyList<string>? Tags);

internal sealed class UpdateGroupRequestValidator : AbstractValidator<UpdateGroupRequest>
{
    public UpdateGroupRequestValidator()
    {
        RuleFor(r => r.Name!).NotEmpty().MaximumLength(GroupRules.NameMax).When(r => r.Name is not null);
        RuleFor(r => r.Description).MaximumLength(GroupRules.DescriptionMax);
        Include(new GroupSettingsValidator<UpdateGroupRequest>(r => r.Visibility, r => r.JoinPolicy, r => r.Tags));
    }
}
