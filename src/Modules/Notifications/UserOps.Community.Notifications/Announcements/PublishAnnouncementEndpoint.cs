using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Security;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Notifications.Contracts;

namespace UserOps.Community.Notifications.Announcements;

internal sealed record AnnouncementRequest(string? TitleEn, string? TitleZh, string? BodyEn, string? BodyZh);

internal sealed record AnnouncementAccepted(Guid Id);

internal sealed class AnnouncementRequestValidator : AbstractValidator<AnnouncementRequest>
{
    public AnnouncementRequestValidator()
    {
        RuleFor(r => r.TitleEn).NotEmpty().MaximumLength(120);
        RuleFor(r => r.TitleZh).NotEmpty().MaximumLength(120);
        RuleFor(r => r.BodyEn).MaximumLength(1500);
        RuleFor(r => r.BodyZh).MaximumLength(1500);
    }
}

internal static class PublishAnnouncementEndpoint
{
    public static void MapPublishAnnouncement(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/admin/announcements", HandleAsync).Validate<AnnouncementRequest>()
            .RequireAuthorization(CommunityPolicies.Operator)
            .WithTags("Notifications")
            .WithName("PublishAnnouncement")
            .WithSummary("Send an announcement to every member (operators); delivered through the outbox.");

    private static async Task<Accepted<AnnouncementAccepted>> HandleAsync(
        AnnouncementRequest request, ClaimsPrincipal principal, CommunityDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        db.AddIntegrationEvent(
            new AnnouncementPublished(id, principal.GetUserId(), request.TitleEn!, request.TitleZh!, request.BodyEn ?? string.Empty, request.BodyZh ?? string.Empty)
            {
                OccurredAt = timeProvider.GetUtcNow().UtcDateTime,
            },
            id,
            timeProvider);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted((string?)null, new AnnouncementAccepted(id));
    }
}
