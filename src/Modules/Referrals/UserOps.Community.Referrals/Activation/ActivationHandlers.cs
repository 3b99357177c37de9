using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Engagement.Contracts;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.Referrals.Domain;

namespace UserOps.Community.Referrals.Activation;

/// <summary>What counts towards activation: a complete profile, published posts, check-ins (make-up check-ins do not count).</summary>
internal sealed class ActivationHandlers(ActivationQueue activation) :
    IIntegrationEventHandler<ProfileUpdated>,
    IIntegrationEventHandler<PostPublished>,
    IIntegrationEventHandler<PostRemoved>,
    IIntegrationEventHandler<CheckInRecorded>
{
    public Task HandleAsync(ProfileUpdated e, CancellationToken cancellationToken)
    {
        if (e.IsComplete)
        {
            activation.Record(e.UserId, SignalKind.ProfileComplete, "profile", e.OccurredAt);
        }

        return Task.CompletedTask;
    }

    public Task HandleAsync(PostPublished e, CancellationToken cancellationToken)
    {
        activation.Record(e.AuthorId, SignalKind.Post, PostKey(e.PostId), e.OccurredAt);
        return Task.CompletedTask;
    }

    public Task HandleAsync(PostRemoved e, CancellationToken cancellationToken)
    {
        activation.Withdraw(e.AuthorId, PostKey(e.PostId));
        return Task.CompletedTask;
    }

    // A make-up check-in (补签) is bought with a privilege, not a day of coming back.
    public Task HandleAsync(CheckInRecorded e, CancellationToken cancellationToken)
    {
        if (!e.IsMakeup)
        {
            activation.Record(e.MemberId, SignalKind.CheckIn, $"checkin:{e.CheckInId}", e.OccurredAt);
        }

        return Task.CompletedTask;
    }

    private static string PostKey(Guid postId) => $"post:{postId}";
}
