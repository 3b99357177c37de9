using FluentValidation;
using UserOps.Community.Content.Domain;

namespace UserOps.Community.Content.Posts;

internal sealed record PublishPostRequest(string Title, string Body, IReadOnlyList<string>? Tags);

internal sealed record EditPostRequest(string? Title, string? Body, IReadOnlyList<string>? Tags);

internal sealed class PublishPostRequestValidator : AbstractValidator<PublishPostRequest>
{
    public PublishPostRequestValidator()
    {
        RuleFor(r => r.Title).Must(t => !string.IsNullOrWhiteSpace(t) && t.Trim().Length <= ContentRules.TitleMax)
            .WithMessage($"Title must be 1 to {ContentRules.TitleMax} characters.");
        RuleFor(r => r.Body).Must(b => !string.IsNullOrWhiteSpace(b) && b.Length <= ContentRules.BodyMax)
            .WithMessage($"Body must be 1 to {ContentRules.BodyMax} characters.");
        TagRules.Apply(RuleFor(r => r.Tags));
    }
}

internal sealed class EditPostRequestValidator : AbstractValidator<EditPostRequest>
{
    public EditPostRequestValidator()
    {
        RuleFor(r => r.Title).Must(t => !string.IsNullOrWhiteSpace(t) && t.Trim().Length <= ContentRules.TitleMax)
            .When(r => r.Title is not null).WithMessage($"Title must be 1 to {ContentRules.TitleMax} characters.");
        RuleFor(r => r.Body).Must(b => !string.IsNullOrWhiteSpace(b) && b.Length <= ContentRules.BodyMax)
            .When(r => r.Body is not null).WithMessage($"Body must be 1 to {ContentRules.BodyMax} characters.");
        TagRules.Apply(RuleFor(r => r.Tags));
    }
}

internal static class TagRules
{
    public static void Apply<T>(IRuleBuilderInitial<T, IReadOnlyList<string>?> rule) =>
        rule.Must(t => t is null || t.Count <= ContentRules.TagsMax).WithMessage($"At most {ContentRules.TagsMax} tags.")
            .Must(t => t is null || t.All(tag => !string.IsNullOrWhiteSpace(tag) && tag.Trim().TrimStart('#').Length is > 0 and <= ContentRules.TagMax))
            .WithMessage($"Tags must be 1 to {ContentRules.TagMax} characters.");
}
