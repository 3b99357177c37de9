using FluentValidation;
using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Rules;

internal sealed record RuleRequest(
    string Name,
    string EventType,
    string Recipient,
    int Points,
    decimal? Multiplier,
    int? DailyCap,
    int? TotalCap,
    int? PerActorDailyCap,
    int? CooldownSeconds,
    int? MinContentLength,
    Guid? GroupId,
    DateTime? ActiveFrom,
    DateTime? ActiveUntil,
    bool? Enabled);

internal sealed record RuleView(
    Guid Id, string Name, string EventType, string Recipient, int Points, decimal Multiplier, int? DailyCap, int? TotalCap,
    int? PerActorDailyCap, int? CooldownSeconds, int? MinContentLength, Guid? GroupId, DateTime? ActiveFrom, DateTime? ActiveUntil,
    bool Enabled, int Version, DateTime UpdatedAt)
{
    public static RuleView From(PointRule r) => new(
        r.Id, r.Name, r.EventType, RecipientNames.Of(r.Recipient), r.Points, r.Multiplier, r.DailyCap, r.TotalCap, r.PerActorDailyCap,
        r.CooldownSeconds, r.MinContentLength, r.GroupId, r.ActiveFrom, r.ActiveUntil, r.Enabled, r.Version, r.UpdatedAt);
}

internal static class RecipientNames
{
    public static string Of(Recipient recipient) => recipient switch
    {
        Recipient.ContentAuthor => "contentAuthor",
        Recipient.Inviter => "inviter",
        Recipient.Invitee => "invitee",
        _ => "actor",
    };

    public static Recipient? Parse(string? value) => value switch
    {
        "actor" => Recipient.Actor,
        "contentAuthor" => Recipient.ContentAuthor,
        "inviter" => Recipient.Inviter,
        "invitee" => Recipient.Invitee,
        _ => null,
    };
}

internal sealed class RuleRequestValidator : AbstractValidator<RuleRequest>
{
    public RuleRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
        RuleFor(r => r.EventType)
            .Must(t => EventCatalogue.Find(t) is not null)
            .WithMessage(_ => $"Event type must be one of: {string.Join(", ", EventCatalogue.All.Select(e => e.EventType))}.");
        RuleFor(r => r.Recipient)
            .Must((request, recipient) => RecipientNames.Parse(recipient) is { } parsed
                && EventCatalogue.Find(request.EventType) is { } entry && entry.Recipients.Contains(parsed))
            .WithMessage(request => EventCatalogue.Find(request.EventType) is { } entry
                ? $"For {entry.EventType} the recipient must be one of: {string.Join(", ", entry.Recipients.Select(RecipientNames.Of))}."
                : "Recipient must be actor, contentAuthor, inviter or invitee.");
        RuleFor(r => r.Points).InclusiveBetween(1, 10_000);
        RuleFor(r => r.Multiplier).InclusiveBetween(0.1m, 10m).When(r => r.Multiplier is not null);
        RuleFor(r => r.DailyCap).GreaterThan(0).When(r => r.DailyCap is not null);
        RuleFor(r => r.TotalCap).GreaterThan(0).When(r => r.TotalCap is not null);
        RuleFor(r => r.PerActorDailyCap).GreaterThan(0).When(r => r.PerActorDailyCap is not null);
        RuleFor(r => r.CooldownSeconds).InclusiveBetween(1, 31 * 24 * 3600).When(r => r.CooldownSeconds is not null);
        RuleFor(r => r.MinContentLength).InclusiveBetween(0, 20_000).When(r => r.MinContentLength is not null);
        RuleFor(r => r.ActiveUntil)
            .Must((request, until) => request.ActiveFrom is null || until > request.ActiveFrom)
            .When(r => r.ActiveUntil is not null)
            .WithMessage("activeUntil must be after activeFrom.");
    }
}
