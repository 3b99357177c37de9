using System.Globalization;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.Engagement.Contracts;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.Notifications.Contracts;
using UserOps.Community.Notifications.Domain;
using UserOps.Community.Notifications.Notifying;
using UserOps.Community.Notifications.Realtime;
using UserOps.Community.Referrals.Contracts;

namespace UserOps.Community.Notifications.Handlers;

/// <summary>Growth, check-in, challenge and referral outcomes for the member, and the live figures they move.</summary>
internal sealed class AchievementHandlers(Notifier notifier, IGroupAccessQuery access, LiveCoalescer live, AfterCommitActions afterCommit) :
    IIntegrationEventHandler<PointsAwarded>,
    IIntegrationEventHandler<LevelReached>,
    IIntegrationEventHandler<BadgeEarned>,
    IIntegrationEventHandler<RedemptionFulfilled>,
    IIntegrationEventHandler<CheckInRecorded>,
    IIntegrationEventHandler<ChallengeCompleted>,
    IIntegrationEventHandler<ReferralActivated>,
    IIntegrationEventHandler<AnnouncementPublished>
{
    // One notification per source event (the event already sums every rule), and the leaderboards moved.
    public async Task HandleAsync(PointsAwarded e, CancellationToken cancellationToken)
    {
        afterCommit.Add(live.LeaderboardChanged);
        if (e.Total == 0)
        {
            return;
        }

        await notifier.NotifyAsync(
            new NotificationRequest(e.UserId, NotificationKinds.Points, $"points:{e.UserId}:{e.EventId}", Data: new Dictionary<string, string>
            {
                ["total"] = e.Total.ToString(CultureInfo.InvariantCulture), ["source"] = e.SourceType, ["sourceEventId"] = e.SourceEventId.ToString(),
            }),
            cancellationToken);
    }

    public Task HandleAsync(LevelReached e, CancellationToken cancellationToken) => notifier.NotifyAsync(
        new NotificationRequest(e.UserId, NotificationKinds.LevelReached, $"level:{e.UserId}:{e.Level}", Data: new Dictionary<string, string>
        {
            ["level"] = e.Level.ToString(CultureInfo.InvariantCulture), ["nameEn"] = e.NameEn, ["nameZh"] = e.NameZh,
        }),
        cancellationToken);

    // Retroactive awards (a new badge handed to everyone who already qualified) are not news to the member.
    public Task HandleAsync(BadgeEarned e, CancellationToken cancellationToken) => e.Retroactive
        ? Task.CompletedTask
        : notifier.NotifyAsync(
            new NotificationRequest(e.UserId, NotificationKinds.BadgeEarned, $"badge:{e.UserId}:{e.EventId}", SubjectId: e.BadgeId, Data: new Dictionary<string, string>
            {
                ["nameEn"] = e.NameEn, ["nameZh"] = e.NameZh, ["tier"] = e.Tier,
            }),
            cancellationToken);

    public Task HandleAsync(RedemptionFulfilled e, CancellationToken cancellationToken) => notifier.NotifyAsync(
        new NotificationRequest(e.UserId, NotificationKinds.RedemptionFulfilled, $"redemption:{e.UserId}:{e.RedemptionId}", SubjectId: e.RedemptionId,
            Data: new Dictionary<string, string> { ["reward"] = e.RewardName }),
        cancellationToken);

    // Check-ins are member-wide; every group the member belongs to shows a new live count.
    public async Task HandleAsync(CheckInRecorded e, CancellationToken cancellationToken)
    {
        var groups = await access.GetMemberGroupIdsAsync(e.MemberId, cancellationToken);
        afterCommit.Add(() =>
        {
            foreach (var groupId in groups)
            {
                live.CheckInCountChanged(groupId, e.LocalDate);
            }
        });
    }

    public Task HandleAsync(ChallengeCompleted e, CancellationToken cancellationToken) => notifier.NotifyAsync(
        new NotificationRequest(e.MemberId, NotificationKinds.ChallengeCompleted, $"challenge:{e.MemberId}:{e.ChallengeId}", GroupId: e.GroupId, SubjectId: e.ChallengeId,
            Data: new Dictionary<string, string> { ["title"] = e.Title, ["points"] = e.RewardPoints.ToString(CultureInfo.InvariantCulture) }),
        cancellationToken);

    public async Task HandleAsync(ReferralActivated e, CancellationToken cancellationToken)
    {
        if (e.InviterId is { } inviter)
        {
            await notifier.NotifyAsync(
                new NotificationRequest(inviter, NotificationKinds.ReferralActivated, $"referral:{inviter}:{e.ReferralId}", e.InviteeId, SubjectId: e.ReferralId,
                    Data: new Dictionary<string, string> { ["role"] = "inviter" }),
                cancellationToken);
        }

        await notifier.NotifyAsync(
            new NotificationRequest(e.InviteeId, NotificationKinds.ReferralActivated, $"referral:{e.InviteeId}:{e.ReferralId}", SubjectId: e.ReferralId,
                Data: new Dictionary<string, string> { ["role"] = "invitee" }),
            cancellationToken);
    }

    public Task HandleAsync(AnnouncementPublished e, CancellationToken cancellationToken) => notifier.AnnounceAsync(
        e.AnnouncementId, e.PublishedBy,
        new Dictionary<string, string> { ["titleEn"] = e.TitleEn, ["titleZh"] = e.TitleZh, ["bodyEn"] = e.BodyEn, ["bodyZh"] = e.BodyZh },
        cancellationToken);
}
