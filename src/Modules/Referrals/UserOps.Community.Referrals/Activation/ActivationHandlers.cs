using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Engagement.Contracts;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.Referrals.Domain;

namespace UserOps.Community.Referrals.Activation;

/// <summary>What counts towards activation: a complete profile, published posts, check-ins (make-up check-ins do not count).</summary>
internal sealed class ActivationHandlers(ReferralActivator activator) :
    IIntegrationEventHandler<ProfileUpdated>,
    IIntegrationEventHandler<PostPublished>,
    IIntegrationEventHandler<PostRemoved>,
    IIntegrationEventHandler<CheckInRecorded>
{
    public Task HandleAsync(ProfileUpdated e, CancellationToken cancellationToken) => !e.IsComplete
        ? Task.CompletedTask
        : activator.RecordAsync(e.UserId, SignalKind.ProfileComplete, "profile", e.OccurredAt, cancellationToken);

    public Task HandleAsync(PostPublished e, CancellationToken cancellationToken) =>
        activator.RecordAsync(e.AuthorId, SignalKind.Post, PostKey(e.PostId), e.OccurredAt, cancellationToken);

    public Task HandleAsync(PostRemoved e, CancellationToken cancellationToken) =>
        activator.WithdrawAsync(e.AuthorId, PostKey(e.PostId), cancellationToken);

    // A make-up check-in (补签) is bought with a privilege, not a day of coming back.
    public Task HandleAsync(CheckInRecorded e, CancellationToken cancellationToken) => e.IsMakeup
        ? Task.CompletedTask
        : activator.RecordAsync(e.MemberId, SignalKind.CheckIn, $"checkin:{e.CheckInId}", e.OccurredAt, cancellationToken);

    private static string PostKey(Guid postId) => $"post:{postId}";
}
