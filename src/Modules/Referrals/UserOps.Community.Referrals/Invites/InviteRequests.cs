using FluentValidation;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Referrals.Domain;

namespace UserOps.Community.Referrals.Invites;

internal sealed record CreateInviteRequest(string? Label, int? MaxUses, DateTimeOffset? ExpiresAt, Guid? GroupId);

internal sealed record CreateCampaignRequest(string Label, string Channel, int? MaxUses, DateTimeOffset? ExpiresAt, Guid? GroupId);

internal static class InviteLimits
{
    public const int MaxUses = 100_000;
}

internal sealed class CreateInviteRequestValidator : AbstractValidator<CreateInviteRequest>
{
    public CreateInviteRequestValidator(TimeProvider timeProvider)
    {
        RuleFor(r => r.Label).MaximumLength(InviteCode.LabelMax);
        RuleFor(r => r.MaxUses).InclusiveBetween(1, InviteLimits.MaxUses);
        RuleFor(r => r.ExpiresAt).Must(e => e is null || e > timeProvider.GetUtcNow()).WithMessage("expiresAt must be in the future.").WithErrorCode(FieldErrorCodes.MustBeFuture);
    }
}

internal sealed partial class CreateCampaignRequestValidator : AbstractValidator<CreateCampaignRequest>
{
    public CreateCampaignRequestValidator(TimeProvider timeProvider)
    {
        RuleFor(r => r.Label).NotEmpty().MaximumLength(InviteCode.LabelMax);
        RuleFor(r => r.Channel).NotEmpty().MaximumLength(InviteCode.ChannelMax)
            .Matches(ChannelPattern()).WithMessage("Channel may use lowercase letters, digits and single hyphens, e.g. wechat-article-nov.").WithErrorCode("channel_format");
        RuleFor(r => r.MaxUses).InclusiveBetween(1, InviteLimits.MaxUses);
        RuleFor(r => r.ExpiresAt).Must(e => e is null || e > timeProvider.GetUtcNow()).WithMessage("expiresAt must be in the future.").WithErrorCode(FieldErrorCodes.MustBeFuture);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial System.Text.RegularExpressions.Regex ChannelPattern();
}
