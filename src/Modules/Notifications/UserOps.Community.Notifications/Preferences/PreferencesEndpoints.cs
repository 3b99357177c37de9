using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Notifications.Domain;

namespace UserOps.Community.Notifications.Preferences;

/// <summary>One kind's setting. <see cref="EmailDigest"/> is stored for the digest e-mail, which is not sent yet.</summary>
internal sealed record PreferenceItem(string Kind, bool InApp, bool EmailDigest);

internal sealed record PreferencesBody(IReadOnlyList<PreferenceItem>? Preferences);

internal sealed class PreferencesBodyValidator : AbstractValidator<PreferencesBody>
{
    public PreferencesBodyValidator()
    {
        // Stop at the first failure: the count check reads the list, which a body without preferences leaves null.
        RuleFor(b => b.Preferences).Cascade(CascadeMode.Stop).NotEmpty().Must(p => p!.Count <= PreferenceKinds.Configurable.Count)
            .WithMessage("Send at most one entry per kind.");
        RuleFor(b => b.Preferences).Must(p => p is null || p.Select(i => i.Kind).Distinct(StringComparer.Ordinal).Count() == p.Count)
            .WithMessage("Each kind may appear once.");
        RuleForEach(b => b.Preferences).ChildRules(item =>
            item.RuleFor(i => i.Kind).Must(k => PreferenceKinds.Configurable.Contains(k))
                .WithMessage($"Unknown kind; one of: {string.Join(", ", PreferenceKinds.Configurable)}."));
    }
}

internal static class PreferenceKinds
{
    /// <summary>Operator announcements reach everyone; every personal kind can be switched off.</summary>
    public static readonly IReadOnlyList<string> Configurable = [.. NotificationKinds.All.Where(k => k != NotificationKinds.Announcement)];
}

internal static class PreferencesEndpoints
{
    public static void MapNotificationPreferences(this IEndpointRouteBuilder endpoints)
    {
        var preferences = endpoints.MapGroup("/api/me/notification-preferences").WithTags("Notifications").RequireAuthorization();
        preferences.MapGet("/", GetAsync).WithName("GetMyNotificationPreferences").WithSummary("In-app on/off (and the future digest e-mail) per kind.");
        preferences.MapPut("/", PutAsync).Validate<PreferencesBody>()
            .WithName("UpdateMyNotificationPreferences").WithSummary("Change some kinds; kinds not sent keep their setting. Off means neither stored nor pushed.");
    }

    private static async Task<Ok<PreferencesBody>> GetAsync(ClaimsPrincipal principal, CommunityDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ReadAsync(principal.GetUserId(), db, cancellationToken));

    private static async Task<Ok<PreferencesBody>> PutAsync(PreferencesBody body, ClaimsPrincipal principal, CommunityDbContext db, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var stored = await db.Set<NotificationPreference>().Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Kind, cancellationToken);
        foreach (var item in body.Preferences!)
        {
            if (!stored.TryGetValue(item.Kind, out var preference))
            {
                preference = new NotificationPreference { UserId = userId, Kind = item.Kind };
                db.Add(preference);
            }

            preference.InApp = item.InApp;
            preference.EmailDigest = item.EmailDigest;
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await ReadAsync(userId, db, cancellationToken));
    }

    private static async Task<PreferencesBody> ReadAsync(Guid userId, CommunityDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.Set<NotificationPreference>().AsNoTracking().Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Kind, cancellationToken);
        return new PreferencesBody([.. PreferenceKinds.Configurable.Select(kind => stored.TryGetValue(kind, out var p)
            ? new PreferenceItem(kind, p.InApp, p.EmailDigest)
            : new PreferenceItem(kind, true, false))]);
    }
}
