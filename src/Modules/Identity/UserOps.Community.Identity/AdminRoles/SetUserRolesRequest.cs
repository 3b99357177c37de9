using FluentValidation;
using UserOps.Community.BuildingBlocks.Security;

namespace UserOps.Community.Identity.AdminRoles;

internal sealed record SetUserRolesRequest(IReadOnlyList<string> Roles);

internal sealed class SetUserRolesRequestValidator : AbstractValidator<SetUserRolesRequest>
{
    public SetUserRolesRequestValidator()
    {
        RuleFor(r => r.Roles).NotNull();
        RuleForEach(r => r.Roles)
            .Must(role => CommunityRoles.All.Contains(role))
            .WithMessage($"Role must be one of: {string.Join(", ", CommunityRoles.All)}.");
    }
}
