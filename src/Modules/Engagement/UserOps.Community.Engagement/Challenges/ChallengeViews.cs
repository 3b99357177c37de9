using UserOps.Community.Engagement.Domain;

namespace UserOps.Community.Engagement.Challenges;

internal static class ChallengeText
{
    public const string DailyCheckIn = "daily-check-in";
    public const string Activity = "activity";

    public static readonly IReadOnlyList<string> Kinds = [DailyCheckIn, Activity];
    public static readonly IReadOnlyList<string> ActivityTypes = ["posts", "comments", "reactions"];
    public static readonly IReadOnlyList<string> Statuses = ["upcoming", "active", "finished"];

    public static string Kind(ChallengeKind kind) => kind == ChallengeKind.DailyCheckIn ? DailyCheckIn : Activity;

    public static ChallengeKind ParseKind(string kind) => kind == DailyCheckIn ? ChallengeKind.DailyCheckIn : ChallengeKind.Activity;

    public static string? ActivityType(ChallengeActivityType? type) => type?.ToString().ToLowerInvariant();

    public static ChallengeActivityType? ParseActivityType(string? type) => type switch
    {
        "posts" => ChallengeActivityType.Posts,
        "comments" => ChallengeActivityType.Comments,
        "reactions" => ChallengeActivityType.Reactions,
        _ => null,
    };

    public static string Status(ChallengeStatus status) => status.ToString().ToLowerInvariant();
}

internal sealed record ChallengeView(
    Guid Id, string TitleEn, string TitleZh, string DescriptionEn, string DescriptionZh, DateOnly StartDate, DateOnly EndDate, string Kind,
    string? ActivityType, Guid? GroupId, int Target, int RewardPoints, Guid? RewardBadgeId, int EntryCost, int? MaxParticipants,
    bool AllowLateEnrolment, int ParticipantCount, string Status, DateTime CreatedAt)
{
    public static ChallengeView From(Challenge c, DateOnly today) => new(
        c.Id, c.TitleEn, c.TitleZh, c.DescriptionEn, c.DescriptionZh, c.StartDate, c.EndDate, ChallengeText.Kind(c.Kind),
        ChallengeText.ActivityType(c.ActivityType), c.GroupId, c.Target, c.RewardPoints, c.RewardBadgeId, c.EntryCost, c.MaxParticipants,
        c.AllowLateEnrolment, c.ParticipantCount, ChallengeText.Status(c.StatusOn(today)), c.CreatedAt);
}

internal sealed record ParticipantView(Guid ChallengeId, Guid MemberId, DateTime EnrolledAt, int Progress, int Target, bool Completed, DateTime? CompletedAt)
{
    public static ParticipantView From(ChallengeParticipant p, Challenge c) =>
        new(c.Id, p.MemberId, p.EnrolledAt, p.Progress, c.Target, p.CompletedAt is not null, p.CompletedAt);
}

internal sealed record LeaderboardLine(int Rank, Guid MemberId, string DisplayName, int Progress, bool Completed, DateTime? CompletedAt);
