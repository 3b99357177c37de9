using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Engagement.Contracts;
using UserOps.Community.IntegrationTests.Growth;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Referrals;

public sealed record InviteCodeBody(
    Guid Id, string Code, string Kind, string? Label, string Channel, Guid? GroupId, int? MaxUses, int Uses,
    DateTime? ExpiresAt, DateTime? RevokedAt, DateTime CreatedAt, string Status, string Url, string QrUrl);

public sealed record InviteCodePage(IReadOnlyList<InviteCodeBody> Items, string? NextCursor);

public sealed record InviterBody(Guid Id, string DisplayName, string? AvatarUrl);

public sealed record InviteGroupBody(Guid Id, string Name, string Slug);

public sealed record PublicInviteBody(
    string Code, bool Valid, string? Reason, string Kind, InviterBody? Inviter, InviteGroupBody? Group, DateTime? ExpiresAt, int? RemainingUses, string Url);

public sealed record InviteeBody(Guid Id, string DisplayName, string? AvatarUrl);

public sealed record MyReferralBody(
    Guid Id, InviteeBody Invitee, string Code, string Channel, string Status, DateTime AttributedAt, DateTime? ActivatedAt,
    DateTime? RevokedAt, bool RewardCapped, int PointsEarned);

public sealed record MyReferralsSummaryBody(int Registered, int Activated, int Revoked, int PointsEarned);

public sealed record MyReferralsBody(IReadOnlyList<MyReferralBody> Items, string? NextCursor, MyReferralsSummaryBody Summary);

public static class ReferralsApi
{
    public static readonly object CompleteProfile = new
    {
        bio = "I came because a friend invited me.",
        avatarUrl = "https://cdn.example.com/invitee.png",
        interests = new[] { "hiking" },
    };

    public static async Task<InviteCodeBody> MyInviteAsync(this HttpClient client)
    {
        using var response = await client.GetAsync("/api/me/invite");
        await response.ShouldBeAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<InviteCodeBody>())!;
    }

    public static async Task<InviteCodeBody> CreateInviteAsync(this HttpClient client, object request)
    {
        using var response = await client.PostAsJsonAsync("/api/me/invites", request);
        await response.ShouldBeAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<InviteCodeBody>())!;
    }

    public static async Task<InviteCodeBody> CreateCampaignAsync(this HttpClient operatorClient, string channel, int? maxUses = null, Guid? groupId = null, string label = "Campaign")
    {
        using var response = await operatorClient.PostAsJsonAsync("/api/admin/invites", new { label, channel, maxUses, groupId });
        await response.ShouldBeAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<InviteCodeBody>())!;
    }

    public static async Task<PublicInviteBody> PublicInviteAsync(this HttpClient client, string code)
    {
        using var response = await client.GetAsync($"/api/invites/{code}");
        await response.ShouldBeAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<PublicInviteBody>())!;
    }

    public static async Task<MyReferralsBody> MyReferralsAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<MyReferralsBody>("/api/me/referrals?limit=100"))!;

    public static async Task CompleteProfileAsync(this HttpClient client)
    {
        using var response = await client.PatchAsJsonAsync("/api/me", CompleteProfile);
        await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    /// <summary>Completes the profile and publishes one post: the default activation criterion's post path.</summary>
    public static async Task ActivateByPostAsync(this HttpClient invitee, Guid groupId)
    {
        await invitee.CompleteProfileAsync();
        await invitee.JoinAsync(groupId);
        await invitee.PublishAsync(groupId);
    }

    public static async Task BanAsync(this HttpClient operatorClient, Guid userId, string reason = "Account farming")
    {
        using var response = await operatorClient.PostAsJsonAsync($"/api/admin/users/{userId}/ban", new { reason });
        await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    /// <summary>
    /// Writes a CheckInRecorded into the outbox as the Engagement module would (that module is built elsewhere);
    /// the next drain delivers it to Referrals and Growth.
    /// </summary>
    public static async Task RecordCheckInAsync(this CommunityApiFactory factory, Guid memberId, DateOnly day, bool makeup = false, Guid? checkInId = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        db.AddIntegrationEvent(
            new CheckInRecorded(checkInId ?? Guid.CreateVersion7(), memberId, day, "UTC", 1, makeup) { OccurredAt = time.GetUtcNow().UtcDateTime },
            memberId,
            time);
        await db.SaveChangesAsync();
    }

    /// <summary>Ledger lines of one source type (e.g. ReferralActivated) for the member behind the client.</summary>
    public static async Task<IReadOnlyList<LedgerLineBody>> LedgerOfAsync(this HttpClient client, string sourceType) =>
        [.. (await client.AccountAsync()).Ledger.Where(l => l.SourceType == sourceType)];

    public static async Task<HttpClient> OperatorAsync(this CommunityApiFactory factory)
    {
        var admin = await factory.CreateAdminClientAsync();
        var member = await factory.CreateMemberAsync();
        return await factory.WithRoleAsync(admin, member, "Operator");
    }

    /// <summary>Delivers an event straight to the Referrals activation handlers in its own scope and transaction, as a second host instance would.</summary>
    public static async Task DeliverToActivationAsync<TEvent>(this CommunityApiFactory factory, TEvent integrationEvent)
        where TEvent : IIntegrationEvent
    {
        var handlerType = Type.GetType("UserOps.Community.Referrals.Activation.ActivationHandlers, UserOps.Community.Referrals", throwOnError: true)!;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await ((IIntegrationEventHandler<TEvent>)scope.ServiceProvider.GetRequiredService(handlerType)).HandleAsync(integrationEvent, CancellationToken.None);
        foreach (var step in scope.ServiceProvider.GetServices<IDeliveryCommitStep>())
        {
            await step.BeforeCommitAsync(CancellationToken.None);
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    public static Task DeliverAsync<TEvent>(this CommunityApiFactory factory, TEvent integrationEvent)
        where TEvent : IIntegrationEvent => factory.DeliverToGrowthAsync("ReferralActivityHandlers", integrationEvent);
}
