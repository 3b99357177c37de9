using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.IntegrationTests.Infrastructure;
using UserOps.Community.Testing;

namespace UserOps.Community.IntegrationTests.Growth;

public sealed record LevelBody(int Number, string NameEn, string NameZh, long XpThreshold, IReadOnlyList<string> Privileges);

public sealed record PointsBody(
    Guid UserId, long Xp, long Balance, LevelBody Level, LevelBody? NextLevel, long XpToNextLevel, double Progress, IReadOnlyList<string> Privileges);

public sealed record LedgerLineBody(
    Guid Id, int Amount, string Kind, string Reason, string SourceType, Guid? RuleId, Guid? GroupId, DateTime OccurredAt, DateOnly LocalDate);

public sealed record LedgerBody(IReadOnlyList<LedgerLineBody> Items, string? NextCursor);

public sealed record RuleBody(
    Guid Id, string Name, string EventType, string Recipient, int Points, decimal Multiplier, int? DailyCap, int? TotalCap,
    int? PerActorDailyCap, int? CooldownSeconds, int? MinContentLength, Guid? GroupId, DateTime? ActiveFrom, DateTime? ActiveUntil,
    bool Enabled, int Version, DateTime UpdatedAt);

public sealed record RuleAuditBody(Guid Id, Guid RuleId, string Action, Guid ActorId, DateTime At, JsonElement? Before, JsonElement? After);

public sealed record PreviewBody(int Days, int ActivitiesConsidered, int Awards, int Members, long Points);

/// <summary>The rule shape operators send; defaults describe a plain +5 post rule.</summary>
public sealed record RuleInput(
    string Name = "Test rule",
    string EventType = "PostPublished",
    string Recipient = "actor",
    int Points = 5,
    decimal? Multiplier = null,
    int? DailyCap = null,
    int? TotalCap = null,
    int? PerActorDailyCap = null,
    int? CooldownSeconds = null,
    int? MinContentLength = null,
    Guid? GroupId = null,
    DateTime? ActiveFrom = null,
    DateTime? ActiveUntil = null,
    bool? Enabled = null);

/// <summary>Ids of the rules the migration seeds.</summary>
public static class DefaultRules
{
    public static readonly Guid Post = Guid.Parse("01a2d000-0000-7000-8000-000000000001");
    public static readonly Guid Comment = Guid.Parse("01a2d000-0000-7000-8000-000000000002");
    public static readonly Guid ReactionReceived = Guid.Parse("01a2d000-0000-7000-8000-000000000003");
    public static readonly Guid ProfileCompleted = Guid.Parse("01a2d000-0000-7000-8000-000000000006");
    public static readonly Guid JoinedGroup = Guid.Parse("01a2d000-0000-7000-8000-000000000009");

    public static RuleInput PostInput => new("Published a post", "PostPublished", "actor", 5, DailyCap: 50, MinContentLength: 20);
}

public static class GrowthApi
{
    public const string LongBody = "A body comfortably longer than twenty characters.";

    public static async Task<Guid> CreateGroupAsync(this HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/api/groups", new { name = "Growth group", slug = $"g-{Guid.NewGuid():N}"[..20] });
        await response.ShouldBeAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task JoinAsync(this HttpClient client, Guid groupId)
    {
        using var response = await client.PostAsJsonAsync($"/api/groups/{groupId}/members", new { });
        Assert.True(response.IsSuccessStatusCode, $"Joining failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task<Guid> PublishAsync(this HttpClient client, Guid groupId, string body = LongBody)
    {
        using var response = await client.PostAsJsonAsync($"/api/groups/{groupId}/posts", new { title = "A post", body, tags = Array.Empty<string>() });
        await response.ShouldBeAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task ReactAsync(this HttpClient client, Guid postId, string kind = "like")
    {
        using var response = await client.PutAsync($"/api/posts/{postId}/reactions/{kind}", null);
        await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    public static async Task<PointsBody> PointsAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<PointsBody>("/api/me/points"))!;

    public static async Task<IReadOnlyList<LedgerLineBody>> LedgerAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<LedgerBody>("/api/me/points/ledger?limit=100"))!.Items;

    /// <summary>Reads points and ledger, checks that XP and balance are the ledger's sum, and returns both.</summary>
    public static async Task<(PointsBody Points, IReadOnlyList<LedgerLineBody> Ledger)> AccountAsync(this HttpClient client)
    {
        var points = await client.PointsAsync();
        var ledger = await client.LedgerAsync();
        Assert.Equal(ledger.Where(l => l.Kind is "earned" or "reversed" or "granted" or "revoked").Sum(l => (long)l.Amount), points.Xp);
        Assert.Equal(ledger.Sum(l => (long)l.Amount), points.Balance);
        return (points, ledger);
    }

    public static async Task<PointsBody> GrantAsync(this HttpClient operatorClient, Guid userId, int amount, string reason = "Test grant")
    {
        using var response = await operatorClient.PostAsJsonAsync($"/api/admin/users/{userId}/points", new { amount, reason });
        await response.ShouldBeAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<PointsBody>())!;
    }

    public static async Task<RuleBody> CreateRuleAsync(this HttpClient operatorClient, RuleInput rule)
    {
        using var response = await operatorClient.PostAsJsonAsync("/api/admin/point-rules", rule);
        await response.ShouldBeAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<RuleBody>())!;
    }

    public static async Task<RuleBody> UpdateRuleAsync(this HttpClient operatorClient, Guid id, RuleInput rule)
    {
        using var response = await operatorClient.PutAsJsonAsync($"/api/admin/point-rules/{id}", rule);
        await response.ShouldBeAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<RuleBody>())!;
    }

    /// <summary>A fresh token for a member, after a fake clock has moved past the old one's lifetime.</summary>
    public static async Task<HttpClient> SignInAgainAsync(this CommunityApiFactory factory, SignedInMember member)
    {
        var tokens = await factory.CreateClient().LoginForTokensAsync(member.Email, member.Password);
        return factory.CreateBearerClient(tokens.AccessToken);
    }

    /// <summary>Gives a member a role and returns a client whose fresh token carries it.</summary>
    public static async Task<HttpClient> WithRoleAsync(this CommunityApiFactory factory, HttpClient admin, SignedInMember member, string role)
    {
        using var response = await admin.PutAsJsonAsync($"/api/admin/users/{member.Id}/roles", new { roles = new[] { role } });
        await response.ShouldBeAsync(HttpStatusCode.OK);
        var tokens = await factory.CreateClient().LoginForTokensAsync(member.Email, member.Password);
        return factory.CreateBearerClient(tokens.AccessToken);
    }

    /// <summary>The stored payloads of one integration event type, oldest first, as the outbox would deliver them.</summary>
    public static async Task<IReadOnlyList<TEvent>> OutboxEventsAsync<TEvent>(this CommunityApiFactory factory)
        where TEvent : IIntegrationEvent
    {
        // SQLite has no schemas: the model flattens "messaging.outbox_messages" into "messaging_outbox_messages".
        // Lane 0 (default) holds every event once; other lanes hold copies.
        var sql = factory.Database.Provider == DatabaseProvider.Sqlite
            ? "SELECT payload AS \"Value\" FROM messaging_outbox_messages WHERE type = {0} AND lane = 0 ORDER BY id"
            : "SELECT payload AS \"Value\" FROM messaging.outbox_messages WHERE type = {0} AND lane = 0 ORDER BY id";
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var payloads = await db.Database
            .SqlQueryRaw<string>(sql, typeof(TEvent).FullName!)
            .ToListAsync();
        return [.. payloads.Select(p => JsonSerializer.Deserialize<TEvent>(p, JsonSerializerOptions.Web)!)];
    }

    /// <summary>
    /// Delivers an event straight to a Growth handler the way the outbox does (own scope, own transaction, commit steps),
    /// bypassing the processed-message record, so the handler's own idempotency is what is tested.
    /// </summary>
    public static async Task DeliverToGrowthAsync<TEvent>(this CommunityApiFactory factory, string handler, TEvent integrationEvent)
        where TEvent : IIntegrationEvent
    {
        var handlerType = Type.GetType($"UserOps.Community.Growth.Handlers.{handler}, UserOps.Community.Growth", throwOnError: true)!;
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
}

/// <summary>Every LevelReached delivered through the outbox, each event once.</summary>
public sealed class LevelRecorder
{
    private readonly ConcurrentDictionary<Guid, LevelReached> _events = new();

    public void Add(LevelReached levelReached) => _events.TryAdd(levelReached.EventId, levelReached);

    public IReadOnlyList<LevelReached> For(Guid userId) => [.. _events.Values.Where(e => e.UserId == userId).OrderBy(e => e.Level)];
}

public sealed class LevelRecordingHandler(LevelRecorder recorder) : IIntegrationEventHandler<LevelReached>
{
    public Task HandleAsync(LevelReached integrationEvent, CancellationToken cancellationToken)
    {
        recorder.Add(integrationEvent);
        return Task.CompletedTask;
    }
}

public static class LevelRecording
{
    public static void RecordLevels(this FactoryOptions options) =>
        options.ConfigureServices += services =>
        {
            services.AddSingleton<LevelRecorder>();
            services.AddIntegrationEventHandler<LevelReached, LevelRecordingHandler>();
        };
}
