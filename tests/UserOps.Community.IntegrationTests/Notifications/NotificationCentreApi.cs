using System.Net;
using System.Net.Http.Json;
using UserOps.Community.IntegrationTests.Infrastructure;
using UserOps.Community.Notifications.Contracts;

namespace UserOps.Community.IntegrationTests.Notifications;

public sealed record NotificationPageBody(IReadOnlyList<NotificationMessage> Items, string? NextCursor);

public sealed record UnreadCountBody(int Count);

public sealed record PreferenceBody(string Kind, bool InApp, bool EmailDigest);

public sealed record PreferencesBody(IReadOnlyList<PreferenceBody> Preferences);

public static class NotificationCentreApi
{
    public static async Task<NotificationPageBody> NotificationsAsync(this HttpClient client, string query = "")
    {
        using var response = await client.GetAsync($"/api/me/notifications{query}");
        await response.ShouldBeAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<NotificationPageBody>())!;
    }

    public static async Task<int> UnreadAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<UnreadCountBody>("/api/me/notifications/unread-count"))!.Count;

    public static async Task SetPreferenceAsync(this HttpClient client, string kind, bool inApp)
    {
        using var response = await client.PutAsJsonAsync("/api/me/notification-preferences", new { preferences = new[] { new { kind, inApp, emailDigest = false } } });
        await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    public static async Task<Guid> AnnounceAsync(this HttpClient operatorClient, string titleEn, string titleZh)
    {
        using var response = await operatorClient.PostAsJsonAsync("/api/admin/announcements", new { titleEn, titleZh, bodyEn = "Body", bodyZh = "正文" });
        await response.ShouldBeAsync(HttpStatusCode.Accepted);
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
    }
}
