using FluentValidation;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Engagement.Domain;

namespace UserOps.Community.Engagement.Challenges;

internal sealed record CreateChallengeRequest(
    string TitleEn,
    string? TitleZh,
    string? DescriptionEn,
    string? DescriptionZh,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string Kind,
    string? ActivityType,
    Guid? GroupId,
    int Target,
    int? RewardPoints,
    Guid? RewardBadgeId,
    int? EntryCost,
    int? MaxParticipants,
    bool? AllowLateEnrolment);

internal sealed class CreateChallengeRequestValidator : AbstractValidator<CreateChallengeRequest>
{
    public CreateChallengeRequestValidator()
    {
        RuleFor(r => r.TitleEn).NotEmpty().MaximumLength(ChallengeLimits.TitleMax);
        RuleFor(r => r.TitleZh).MaximumLength(ChallengeLimits.TitleMax);
        RuleFor(r => r.DescriptionEn).MaximumLength(ChallengeLimits.DescriptionMax);
        RuleFor(r => r.DescriptionZh).MaximumLength(ChallengeLimits.DescriptionMax);
        RuleFor(r => r.StartDate).NotNull();
        RuleFor(r => r.EndDate).NotNull()
            .Must((r, end) => r.StartDate is null || end is null || (end >= r.StartDate && end.Value.DayNumber - r.StartDate.Value.DayNumber < ChallengeLimits.MaxDurationDays))
            .WithMessage($"The end date must be on or after the start date, at most {ChallengeLimits.MaxDurationDays} days in all.");
        RuleFor(r => r.Kind).Must(k => ChallengeText.Kinds.Contains(k)).WithMessage("Kind must be 'daily-check-in' or 'activity'.").WithErrorCode(FieldErrorCodes.NotAllowed);
        RuleFor(r => r.ActivityType)
            .Must((r, type) => r.Kind == ChallengeText.Activity ? ChallengeText.ActivityTypes.Contains(type) : type is null)
            .WithMessage("Activity challenges need an activity type ('posts', 'comments' or 'reactions'); daily check-in challenges none.");
        RuleFor(r => r.Target).InclusiveBetween(1, ChallengeLimits.TargetMax)
            .Must((r, target) => r.Kind != ChallengeText.DailyCheckIn || r.StartDate is null || r.EndDate is null || r.EndDate < r.StartDate || target <= r.EndDate.Value.DayNumber - r.StartDate.Value.DayNumber + 1)
            .WithMessage("A daily check-in target cannot exceed the number of days in the challenge.");
        RuleFor(r => r.RewardPoints).InclusiveBetween(0, ChallengeLimits.PointsMax);
        RuleFor(r => r.EntryCost).InclusiveBetween(0, ChallengeLimits.PointsMax);
        RuleFor(r => r.MaxParticipants).GreaterThan(0);
    }
}
