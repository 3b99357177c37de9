using System.Net;
using System.Net.Http.Json;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Groups;

public sealed record GroupBody(
    Guid Id,
    string Name,
    string Slug,
    string Description,
    string Visibility,
    string JoinPolicy,
    IReadOnlyList<string> Tags,
    Guid OwnerId,
    int MemberCount,
    int PostCount,
    DateTime CreatedAt,
    bool Archived,
    string? MyRole);

public sealed record GroupPage(IReadOnlyList<GroupBody> Items, string? NextCursor);

public sealed record MemberBody(Guid UserId, string DisplayName, string? AvatarUrl, string Role, DateTime JoinedAt);

public sealed record MemberPage(IReadOnlyList<MemberBody> Items, string? NextCursor);

public sealed record JoinBody(string Status, Guid? RequestId);

public sealed record JoinRequestBody(Guid Id, Guid UserId, string DisplayName, string? Message, string Status, DateTime CreatedAt, DateTime? DecidedAt);

/// <summary>Calls to the Groups routes, asserting the status each step of a test's set-up expects.</summary>
public static class GroupsApi
{
    /// <summary>The XP that reaches level 3, which carries the groups.create privilege.</summary>
    public const int GroupCreatorXp = 150;

    public static string NewSlug() => $"g-{Guid.NewGuid():N}";

    public static object NewGroup(string visibility = "public", string joinPolicy = "open", string[]? tags = null, string? name = null, string? description = null, string? slug = null) =>
        new { name = name ?? "Test group", slug = slug ?? NewSlug(), description, visibility, joinPolicy, tags };

    public static async Task<GroupBody> CreateGroupAsync(
        this HttpClient client, string visibility = "public", string joinPolicy = "open", string[]? tags = null, string? name = null, string? description = null)
    {
        using var response = await client.PostAsJsonAsync("/api/groups", NewGroup(visibility, joinPolicy, tags, name, description));
        await response.ShouldBeAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<GroupBody>())!;
    }

    public static async Task GrantPointsAsync(this HttpClient admin, Guid userId, int amount)
    {
        using var response = await admin.PostAsJsonAsync($"/api/admin/users/{userId}/points", new { amount, reason = "Integration test" });
        await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    /// <summary>A member with enough XP to create groups.</summary>
    public static async Task<SignedInMember> CreateGroupCreatorAsync(this CommunityApiFactory factory, HttpClient admin)
    {
        var member = await factory.CreateMemberAsync();
        await admin.GrantPointsAsync(member.Id, GroupCreatorXp);
        return member;
    }

    /// <summary>A member the admin made a site Moderator, signed in again so that the token carries the role.</summary>
    public static async Task<SignedInMember> CreateSiteModeratorAsync(this CommunityApiFactory factory, HttpClient admin)
    {
        var member = await factory.CreateMemberAsync();
        using var response = await admin.PutAsJsonAsync($"/api/admin/users/{member.Id}/roles", new { roles = new[] { "Moderator" } });
        await response.ShouldBeAsync(HttpStatusCode.OK);
        var tokens = await factory.CreateClient().LoginForTokensAsync(member.Email, member.Password);
        return member with { Client = factory.CreateBearerClient(tokens.AccessToken), Tokens = tokens };
    }

    public static Task<HttpResponseMessage> JoinAsync(this HttpClient client, Guid groupId) =>
        client.PostAsJsonAsync($"/api/groups/{groupId}/members", new { message = "Let me in" });

    public static async Task<JoinBody> JoinExpectingAsync(this HttpClient client, Guid groupId, HttpStatusCode status)
    {
        using var response = await client.JoinAsync(groupId);
        await response.ShouldBeAsync(status);
        return (await response.Content.ReadFromJsonAsync<JoinBody>())!;
    }

    public static async Task InviteAsync(this HttpClient client, Guid groupId, Guid userId)
    {
        using var response = await client.PostAsJsonAsync($"/api/groups/{groupId}/invitations", new { userId });
        await response.ShouldBeAsync(HttpStatusCode.Created);
    }

    /// <summary>Invites the member and has them join: the way into any group whatever its policy.</summary>
    public static async Task AddMemberAsync(this HttpClient manager, Guid groupId, SignedInMember member)
    {
        await manager.InviteAsync(groupId, member.Id);
        await member.Client.JoinExpectingAsync(groupId, HttpStatusCode.Created);
    }

    public static async Task SetRoleAsync(this HttpClient owner, Guid groupId, Guid userId, string role)
    {
        using var response = await owner.PutAsJsonAsync($"/api/groups/{groupId}/members/{userId}/role", new { role });
        await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    public static async Task<GroupBody> GetGroupAsync(this HttpClient client, string idOrSlug)
    {
        using var response = await client.GetAsync($"/api/groups/{idOrSlug}");
        await response.ShouldBeAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<GroupBody>())!;
    }

    public static Task<GroupBody> GetGroupAsync(this HttpClient client, Guid id) => client.GetGroupAsync(id.ToString());

    public static async Task<IReadOnlyList<MemberBody>> GetMembersAsync(this HttpClient client, Guid groupId)
    {
        var members = new List<MemberBody>();
        string? cursor = null;
        do
        {
            var page = (await client.GetFromJsonAsync<MemberPage>($"/api/groups/{groupId}/members?limit=100&cursor={cursor}"))!;
            members.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        return members;
    }

    public static async Task<IReadOnlyList<JoinRequestBody>> GetJoinRequestsAsync(this HttpClient manager, Guid groupId)
    {
        using var response = await manager.GetAsync($"/api/groups/{groupId}/join-requests");
        await response.ShouldBeAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<IReadOnlyList<JoinRequestBody>>())!;
    }

    public static async Task<GroupPage> ListGroupsAsync(this HttpClient client, string query = "")
    {
        using var response = await client.GetAsync($"/api/groups?{query}");
        await response.ShouldBeAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<GroupPage>())!;
    }
}
