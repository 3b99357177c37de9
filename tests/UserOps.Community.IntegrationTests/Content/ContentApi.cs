using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.Content.Contracts;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Content;

public sealed record AuthorBody(Guid Id, string DisplayName, string? AvatarUrl);

public sealed record PostBody(
    Guid Id,
    Guid GroupId,
    AuthorBody Author,
    string Title,
    string Body,
    string BodyHtml,
    IReadOnlyList<string> Tags,
    DateTime CreatedAt,
    DateTime? EditedAt,
    bool IsPinned,
    bool IsLocked,
    bool Removed,
    int CommentCount,
    Dictionary<string, int> Reactions,
    IReadOnlyList<string> MyReactions);

public sealed record PostSummaryBody(Guid Id, Guid GroupId, string Title, string Excerpt, IReadOnlyList<string> Tags, bool IsPinned, bool Removed, int CommentCount, Dictionary<string, int> Reactions);

public sealed record GroupFeedBody(IReadOnlyList<PostSummaryBody> Pinned, IReadOnlyList<PostSummaryBody> Items, string? NextCursor);

public sealed record PostPageBody(IReadOnlyList<PostSummaryBody> Items, string? NextCursor);

public sealed record CommentBody(Guid Id, Guid PostId, Guid? ParentCommentId, string Body, string BodyHtml, bool Removed, int ReplyCount, Dictionary<string, int> Reactions);

public sealed record CommentPageBody(IReadOnlyList<CommentBody> Items, string? NextCursor);

public sealed record RevisionBody(Guid Id, string Title, string Body, DateTime RevisedAt);

public sealed record ReactionsBody(Dictionary<string, int> Reactions, IReadOnlyList<string> MyReactions);

public sealed record SearchResultBody(PostSummaryBody Post, string Snippet, double Rank);

public sealed record SearchBody(IReadOnlyList<SearchResultBody> Items, int Page, bool HasMore);

public sealed record GroupBody(Guid Id, string Name, string Visibility, string JoinPolicy, Guid OwnerId, string? MyRole);

/// <summary>Records the Content module's integration events into the factory's <see cref="EventRecorder"/>.</summary>
public sealed class ContentRecordingHandler(EventRecorder recorder) :
    IIntegrationEventHandler<ReactionAdded>,
    IIntegrationEventHandler<UserMentioned>
{
    public Task HandleAsync(ReactionAdded integrationEvent, CancellationToken cancellationToken) => Record(integrationEvent);

    public Task HandleAsync(UserMentioned integrationEvent, CancellationToken cancellationToken) => Record(integrationEvent);

    private Task Record(IIntegrationEvent integrationEvent)
    {
        recorder.Add(integrationEvent);
        return Task.CompletedTask;
    }
}

/// <summary>Setting up groups, members and content through the API, as a client would.</summary>
public static class ContentApi
{
    /// <summary>XP for level 3: groups.create (150) and, on the way, posts.links (50).</summary>
    public const int PrivilegedXp = 150;

    public static Task<CommunityApiFactory> CreateFactoryAsync() =>
        CommunityApiFactory.CreateAsync(options => options.ConfigureServices = services =>
        {
            services.AddIntegrationEventHandler<ReactionAdded, ContentRecordingHandler>();
            services.AddIntegrationEventHandler<UserMentioned, ContentRecordingHandler>();
        });

    public static async Task GrantPointsAsync(this HttpClient admin, Guid userId, int amount)
    {
        using var response = await admin.PostAsJsonAsync($"/api/admin/users/{userId}/points", new { amount, reason = "test set-up" });
        await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    /// <summary>A member with enough XP to create groups and post links.</summary>
    public static async Task<SignedInMember> CreatePrivilegedMemberAsync(this CommunityApiFactory factory, HttpClient admin)
    {
        var member = await factory.CreateMemberAsync();
        await admin.GrantPointsAsync(member.Id, PrivilegedXp);
        return member;
    }

    /// <summary>A member given the site Moderator role, signed in again so the token carries it.</summary>
    public static async Task<SignedInMember> CreateSiteModeratorAsync(this CommunityApiFactory factory, HttpClient admin)
    {
        var member = await factory.CreateMemberAsync();
        using var response = await admin.PutAsJsonAsync($"/api/admin/users/{member.Id}/roles", new { roles = new[] { "Moderator" } });
        await response.ShouldBeAsync(HttpStatusCode.OK);
        var tokens = await factory.CreateClient().LoginForTokensAsync(member.Email, member.Password);
        return member with { Client = factory.CreateBearerClient(tokens.AccessToken), Tokens = tokens };
    }

    public static async Task<Guid> CreateGroupAsync(this HttpClient owner, string visibility = "public", string joinPolicy = "open")
    {
        var slug = $"g-{Guid.NewGuid():N}"[..20];
        using var response = await owner.PostAsJsonAsync("/api/groups", new { name = $"Group {slug}", slug, description = "A test group", visibility, joinPolicy });
        await response.ShouldBeAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<GroupBody>())!.Id;
    }

    public static async Task JoinAsync(this HttpClient member, Guid groupId)
    {
        using var response = await member.PostAsJsonAsync($"/api/groups/{groupId}/members", new { });
        if (!response.IsSuccessStatusCode)
        {
            Assert.Fail($"Joining {groupId} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>Invites (as the owner) and joins (as the member): the way into an invite-only group.</summary>
    public static async Task InviteAndJoinAsync(this HttpClient owner, Guid groupId, SignedInMember member)
    {
        using var invited = await owner.PostAsJsonAsync($"/api/groups/{groupId}/invitations", new { userId = member.Id });
        if (!invited.IsSuccessStatusCode)
        {
            Assert.Fail($"Inviting failed: {(int)invited.StatusCode} {await invited.Content.ReadAsStringAsync()}");
        }

        await member.Client.JoinAsync(groupId);
    }

    public static async Task PromoteAsync(this HttpClient owner, Guid groupId, Guid userId)
    {
        using var response = await owner.PutAsJsonAsync($"/api/groups/{groupId}/members/{userId}/role", new { role = "moderator" });
        if (!response.IsSuccessStatusCode)
        {
            Assert.Fail($"Promoting failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    public static Task<HttpResponseMessage> PublishAsync(this HttpClient client, Guid groupId, string title, string body, IReadOnlyList<string>? tags = null) =>
        client.PostAsJsonAsync($"/api/groups/{groupId}/posts", new { title, body, tags });

    public static async Task<PostBody> PublishPostAsync(this HttpClient client, Guid groupId, string? title = null, string? body = null, IReadOnlyList<string>? tags = null)
    {
        using var response = await client.PublishAsync(groupId, title ?? "A post", body ?? "Some words.", tags);
        await response.ShouldBeAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<PostBody>())!;
    }

    public static Task<HttpResponseMessage> CommentAsync(this HttpClient client, Guid postId, string body, Guid? parentCommentId = null) =>
        client.PostAsJsonAsync($"/api/posts/{postId}/comments", new { body, parentCommentId });

    public static async Task<CommentBody> PostCommentAsync(this HttpClient client, Guid postId, string? body = null, Guid? parentCommentId = null)
    {
        using var response = await client.CommentAsync(postId, body ?? "A comment.", parentCommentId);
        await response.ShouldBeAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<CommentBody>())!;
    }

    public static async Task<T> GetOkAsync<T>(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        await response.ShouldBeAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    public static async Task<ReactionsBody> ReactAsync(this HttpClient client, string path)
    {
        using var response = await client.PutAsync(path, null);
        await response.ShouldBeAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ReactionsBody>())!;
    }

    public static async Task RenameAsync(this SignedInMember member, string displayName)
    {
        using var response = await member.Client.PatchAsJsonAsync("/api/me", new { displayName });
        await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}
