using FluentValidation;
using UserOps.Community.BuildingBlocks.Web;

namespace UserOps.Community.Engagement.CheckIns;

internal sealed record CheckInRequest(string? Note, string? Mood);

internal static class Moods
{
    public static readonly IReadOnlyList<string> All = ["great", "good", "okay", "tired", "sad"];
}

internal sealed class CheckInRequestValidator : AbstractValidator<CheckInRequest>
{
    public const int NoteMax = 280;

    public CheckInRequestValidator()
    {
        RuleFor(r => r.Note).MaximumLength(NoteMax);
        RuleFor(r => r.Mood).Must(m => m is null || Moods.All.Contains(m)).WithMessage($"Mood must be one of: {string.Join(", ", Moods.All)}.").WithErrorCode(FieldErrorCodes.NotAllowed);
    }
}
