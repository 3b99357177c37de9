using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.Engagement.Contracts;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Engagement;

public sealed record CheckInViewBody(Guid Id, DateOnly LocalDate, string TimeZone, DateTime RecordedAt, string? Note, string? Mood, bool IsMakeup, int StreakLength);

public sealed record CheckInBody(CheckInViewBody CheckIn, int CurrentStreak, int LongestStreak, bool AlreadyCheckedIn, int? PointsAwarded, int? NextMilestone);

public sealed record MonthRateBody(string Month, int CheckedInDays, int ElapsedDays, double Rate);

public sealed record SummaryBody(
    int CurrentStreak, int LongestStreak, int TotalCheckIns, bool CheckedInToday, int? NextMilestone, MonthRateBody ThisMonth, int MakeupsUsedThisMonth, int MakeupsLeftThisMonth);

public sealed record CalendarBody(string Month, IReadOnlyList<CheckInViewBody> CheckIns);

public sealed record TodayBody(DateOnly Date, Guid? GroupId, int Count);

public sealed record ChallengeBody(
    Guid Id, string TitleEn, string TitleZh, string DescriptionEn, string DescriptionZh, DateOnly StartDate, DateOnly EndDate, string Kind,
    string? ActivityType, Guid? GroupId, int Target, int RewardPoints, Guid? RewardBadgeId, int EntryCost, int? MaxParticipants,
    bool AllowLateEnrolment, int ParticipantCount, string Status, DateTime CreatedAt);

public sealed record ChallengePageBody(IReadOnlyList<ChallengeBody> Items, string? NextCursor);

public sealed record ParticipantBody(Guid ChallengeId, Guid MemberId, DateTime EnrolledAt, int Progress, int Target, bool Completed, DateTime? CompletedAt);

public sealed record LeaderboardLineBody(int Rank, Guid MemberId, string DisplayName, int Progress, bool Completed, DateTime? CompletedAt);

/// <summary>Records the Engagement module's events as the outbox delivers them (each event id once).</summary>
public sealed class EngagementRecordingHandler(EventRecorder recorder) :
    IIntegrationEventHandler<CheckInRecorded>,
    IIntegrationEventHandler<StreakReached>,
    IIntegrationEventHandler<StreakBroken>,
    IIntegrationEventHandler<ChallengeCompleted>
{
    public Task HandleAsync(CheckInRecorded e, CancellationToken cancellationToken) => Record(e);

    public Task HandleAsync(StreakReached e, CancellationToken cancellationToken) => Record(e);

    public Task HandleAsync(StreakBroken e, CancellationToken cancellationToken) => Record(e);

    public Task HandleAsync(ChallengeCompleted e, CancellationToken cancellationToken) => Record(e);

    private Task Record(IIntegrationEvent e)
    {
        recorder.Add(e);
        return Task.CompletedTask;
    }
}

public static class EngagementApi
{
    /// <summary>Noon UTC on Saturday 28 November 2026.</summary>
    public static readonly DateTimeOffset Noon = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    public static FactoryOptions WithEngagementEvents(this FactoryOptions options)
    {
        var previous = options.ConfigureServices;
        options.ConfigureServices = services =>
        {
            previous?.Invoke(services);
            services.AddIntegrationEventHandler<CheckInRecorded, EngagementRecordingHandler>();
            services.AddIntegrationEventHandler<StreakReached, EngagementRecordingHandler>();
            services.AddIntegrationEventHandler<StreakBroken, EngagementRecordingHandler>();
            services.AddIntegrationEventHandler<ChallengeCompleted, EngagementRecordingHandler>();
        };
        return options;
    }

    /// <summary>A factory on a fake clock at <paramref name="start"/> (default <see cref="Noon"/>) that records engagement events.</summary>
    public static Task<CommunityApiFactory> CreateFactoryAsync(DateTimeOffset? start = null, Action<FactoryOptions>? configure = null) =>
        CommunityApiFactory.CreateAsync(o =>
        {
            o.Clock = new FakeTimeProvider(start ?? Noon);
            o.WithEngagementEvents();
            configure?.Invoke(o);
        });

    public static async Task<(HttpStatusCode Status, CheckInBody Body)> CheckInAsync(this HttpClient client, object? body = null)
    {
        using var response = await client.PostAsJsonAsync("/api/check-ins", body ?? new { });
        if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.OK))
        {
            Assert.Fail($"Check-in failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<CheckInBody>())!);
    }

    public static Task<HttpResponseMessage> MakeUpAsync(this HttpClient client, DateOnly date) =>
        client.PostAsJsonAsync("/api/check-ins/makeup", new { date });

    public static async Task<SummaryBody> SummaryAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<SummaryBody>("/api/me/check-ins/summary"))!;

    public static async Task<TodayBody> TodayAsync(this HttpClient client, Guid? groupId = null) =>
        (await client.GetFromJsonAsync<TodayBody>(groupId is { } id ? $"/api/check-ins/today?groupId={id}" : "/api/check-ins/today"))!;

    public static async Task SetTimeZoneAsync(this HttpClient client, string timeZone)
    {
        using var response = await client.PatchAsJsonAsync("/api/me", new { timeZone });
        await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    public static async Task<ChallengeBody> CreateChallengeAsync(this HttpClient client, object challenge)
    {
        using var response = await client.PostAsJsonAsync("/api/challenges", challenge);
        await response.ShouldBeAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<ChallengeBody>())!;
    }

    public static object DailyChallenge(DateOnly start, DateOnly end, int target, int rewardPoints = 30, Guid? groupId = null, int? maxParticipants = null, int? entryCost = null) =>
        new { titleEn = "21-day check-in", titleZh = "21天打卡", startDate = start, endDate = end, kind = "daily-check-in", target, rewardPoints, groupId, maxParticipants, entryCost };

    public static async Task<ParticipantBody> EnrolAsync(this HttpClient client, Guid challengeId)
    {
        using var response = await client.PostAsync($"/api/challenges/{challengeId}/enrol", null);
        await response.ShouldBeAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<ParticipantBody>())!;
    }

    public static async Task<ParticipantBody> ProgressAsync(this HttpClient client, Guid challengeId) =>
        (await client.GetFromJsonAsync<ParticipantBody>($"/api/challenges/{challengeId}/me"))!;

    /// <summary>Drains until quiet twice: a handler's own events (PointsAwarded, LevelReached) are delivered too.</summary>
    public static async Task SettleAsync(this CommunityApiFactory factory)
    {
        await factory.DrainOutboxAsync();
        await factory.DrainOutboxAsync();
    }
}
