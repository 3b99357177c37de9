using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.IntegrationTests.Content;
using UserOps.Community.IntegrationTests.Infrastructure;
using UserOps.Community.Notifications.Contracts;

namespace UserOps.Community.IntegrationTests.Notifications;

public sealed class NotificationCentreTests
{
    [Theory]
    [InlineData("GET", "/api/me/notifications")]
    [InlineData("GET", "/api/me/notifications/unread-count")]
    [InlineData("POST", "/api/me/notifications/01a2d000-0000-7000-8000-000000000001/read")]
    [InlineData("POST", "/api/me/notifications/read-all")]
    [InlineData("GET", "/api/me/notification-preferences")]
    [InlineData("PUT", "/api/me/notification-preferences")]
    [InlineData("POST", "/api/admin/announcements")]
    public async Task Given_no_credentials_Then_notification_endpoints_answer_401(string method, string path)
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) };
        using var response = await factory.CreateClient().SendAsync(request);
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Given_points_awards_Then_the_list_pages_newest_first_and_read_state_follows()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();
        await factory.RaiseAsync([.. Enumerable.Range(1, 5).Select(i => Points(member.Id, i))]);

        var first = await member.Client.NotificationsAsync("?limit=2");
        var second = await member.Client.NotificationsAsync($"?limit=2&cursor={first.NextCursor}");
        var third = await member.Client.NotificationsAsync($"?limit=2&cursor={second.NextCursor}");
        var all = first.Items.Concat(second.Items).Concat(third.Items).ToList();
        Assert.Null(third.NextCursor);
        Assert.Equal(["You earned 5 points (PostPublished)", "You earned 4 points (PostPublished)", "You earned 3 points (PostPublished)",
            "You earned 2 points (PostPublished)", "You earned 1 points (PostPublished)"], all.Select(n => n.Text));
        Assert.Equal(5, await member.Client.UnreadAsync());

        using (var read = await member.Client.PostAsync($"/api/me/notifications/{all[0].Id}/read", null))
        {
            await read.ShouldBeAsync(HttpStatusCode.NoContent);
        }

        Assert.Equal(4, await member.Client.UnreadAsync());
        var unread = await member.Client.NotificationsAsync("?unreadOnly=true");
        Assert.DoesNotContain(unread.Items, n => n.Id == all[0].Id);
        Assert.Equal(4, unread.Items.Count);

        using (var readAll = await member.Client.PostAsync("/api/me/notifications/read-all", null))
        {
            await readAll.ShouldBeAsync(HttpStatusCode.OK);
        }

        Assert.Equal(0, await member.Client.UnreadAsync());
        Assert.All((await member.Client.NotificationsAsync()).Items, n => Assert.True(n.IsRead));
    }

    [Fact]
    public async Task Given_a_frozen_clock_Then_notifications_of_one_delivery_still_list_newest_event_first()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.Clock = clock);
        var member = await factory.CreateMemberAsync();
        await factory.RaiseAsync([.. Enumerable.Range(1, 8).Select(i => Points(member.Id, i))]);

        var listed = (await member.Client.NotificationsAsync("?limit=8")).Items;

        Assert.Equal([.. Enumerable.Range(1, 8).Reverse().Select(i => $"You earned {i} points (PostPublished)")], listed.Select(n => n.Text));
    }

    [Fact]
    public async Task Given_another_members_notification_or_a_bad_cursor_Then_404_and_400()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var owner = await factory.CreateMemberAsync();
        var intruder = await factory.CreateMemberAsync();
        await factory.RaiseAsync(Points(owner.Id, 7));
        var id = (await owner.Client.NotificationsAsync()).Items.Single().Id;

        using (var foreign = await intruder.Client.PostAsync($"/api/me/notifications/{id}/read", null))
        {
            await foreign.ShouldBeProblemAsync(HttpStatusCode.NotFound, "notification_not_found");
        }

        Assert.Empty((await intruder.Client.NotificationsAsync()).Items);
        Assert.Equal(1, await owner.Client.UnreadAsync());
        using var badCursor = await owner.Client.GetAsync("/api/me/notifications?cursor=not-a-cursor");
        await badCursor.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid_cursor");
    }

    [Fact]
    public async Task Given_a_chinese_member_Then_texts_are_rendered_in_chinese()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();
        using (var changed = await member.Client.PatchAsJsonAsync("/api/me", new { locale = "zh-CN" }))
        {
            await changed.ShouldBeAsync(HttpStatusCode.OK);
        }

        await factory.RaiseAsync(
            new LevelReached(member.Id, 3, "Regular", "常客") { OccurredAt = DateTime.UtcNow },
            new BadgeEarned(member.Id, Guid.NewGuid(), "Helper", "热心人", "gold", Retroactive: false) { OccurredAt = DateTime.UtcNow });

        var texts = (await member.Client.NotificationsAsync()).Items.Select(n => n.Text).ToList();
        Assert.Contains("你升到了 3 级：常客", texts);
        Assert.Contains("你获得了「热心人」徽章", texts);
    }

    [Fact]
    public async Task Given_a_retroactive_badge_Then_it_is_neither_stored_nor_pushed()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();
        await using var probe = await HubProbe.ConnectAsync(factory, member);

        await factory.RaiseAsync(new BadgeEarned(member.Id, Guid.NewGuid(), "Old timer", "元老", "bronze", Retroactive: true) { OccurredAt = DateTime.UtcNow });
        await factory.RaiseAsync(new BadgeEarned(member.Id, Guid.NewGuid(), "Fresh", "新星", "bronze", Retroactive: false) { OccurredAt = DateTime.UtcNow });

        await probe.WaitForAsync<NotificationMessage>(RealtimeMethods.Notification, n => n.Text == "You earned the Fresh badge");
        Assert.Single(probe.Received<NotificationMessage>(RealtimeMethods.Notification));
        Assert.Equal(["You earned the Fresh badge"], (await member.Client.NotificationsAsync()).Items.Select(n => n.Text));
    }

    [Fact]
    public async Task Given_a_kind_switched_off_Then_it_is_neither_stored_nor_pushed_while_other_kinds_still_arrive()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var (owner, groupId) = await RealtimeHubTests.CreateGroupAsync(factory, "public");
        var commenter = await factory.CreateMemberAsync();
        await commenter.Client.JoinAsync(groupId);
        await owner.Client.SetPreferenceAsync("reply", inApp: false);
        await using var probe = await HubProbe.ConnectAsync(factory, owner);

        var post = await owner.Client.PublishPostAsync(groupId);
        await commenter.Client.PostCommentAsync(post.Id, "Muted reply");
        await factory.DrainOutboxAsync();
        // Pushes leave in order: once the later level notification is here, a reply push would have been too.
        await factory.RaiseAsync(new LevelReached(owner.Id, 9, "Marker", "标记") { OccurredAt = DateTime.UtcNow });

        await probe.WaitForAsync<NotificationMessage>(RealtimeMethods.Notification, n => n.Kind == "levelReached");
        Assert.DoesNotContain(probe.Received<NotificationMessage>(RealtimeMethods.Notification), n => n.Kind == "reply");
        Assert.DoesNotContain((await owner.Client.NotificationsAsync()).Items, n => n.Kind == "reply");
        var preferences = await owner.Client.GetFromJsonAsync<PreferencesBody>("/api/me/notification-preferences");
        Assert.False(preferences!.Preferences.Single(p => p.Kind == "reply").InApp);
        Assert.True(preferences.Preferences.Single(p => p.Kind == "mention").InApp);
    }

    [Fact]
    public async Task Given_invalid_preferences_Then_400_with_field_errors()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();
        using var unknown = await member.Client.PutAsJsonAsync("/api/me/notification-preferences", new { preferences = new[] { new { kind = "spam", inApp = true, emailDigest = false } } });
        var problem = await unknown.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("preferences[0].kind", problem.Errors.Keys, StringComparer.OrdinalIgnoreCase);
        using var empty = await member.Client.PutAsJsonAsync("/api/me/notification-preferences", new { preferences = Array.Empty<object>() });
        Assert.Contains("preferences", (await empty.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors.Keys);
    }

    [Fact]
    public async Task Given_an_operator_announcement_Then_every_member_sees_it_in_their_language_and_reads_it_alone()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var english = await factory.CreateMemberAsync();
        var chinese = await factory.CreateMemberAsync();
        using (var changed = await chinese.Client.PatchAsJsonAsync("/api/me", new { locale = "zh-CN" }))
        {
            await changed.ShouldBeAsync(HttpStatusCode.OK);
        }

        await using var englishProbe = await HubProbe.ConnectAsync(factory, english);
        await using var chineseProbe = await HubProbe.ConnectAsync(factory, chinese);
        using (var forbidden = await english.Client.PostAsJsonAsync("/api/admin/announcements", new { titleEn = "x", titleZh = "x" }))
        {
            await forbidden.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        }

        using (var invalid = await admin.PostAsJsonAsync("/api/admin/announcements", new { titleEn = "", titleZh = new string('字', 121) }))
        {
            var problem = await invalid.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
            Assert.Contains("titleEn", problem.Errors.Keys);
            Assert.Contains("titleZh", problem.Errors.Keys);
        }

        var id = await admin.AnnounceAsync("Maintenance tonight", "今晚维护");
        await factory.DrainOutboxAsync();

        await englishProbe.WaitForAsync<NotificationMessage>(RealtimeMethods.Notification, n => n.Id == id && n.Text == "Maintenance tonight");
        await chineseProbe.WaitForAsync<NotificationMessage>(RealtimeMethods.Notification, n => n.Id == id && n.Text == "今晚维护");
        Assert.Equal("今晚维护", (await chinese.Client.NotificationsAsync()).Items.Single().Text);
        using (var read = await english.Client.PostAsync($"/api/me/notifications/{id}/read", null))
        {
            await read.ShouldBeAsync(HttpStatusCode.NoContent);
        }

        Assert.Equal(0, await english.Client.UnreadAsync());
        Assert.Equal(1, await chinese.Client.UnreadAsync());
    }

    [Fact]
    public async Task Given_many_parallel_read_requests_Then_each_notification_is_read_once_and_none_fails()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var member = await factory.CreateMemberAsync();
        await factory.RaiseAsync([.. Enumerable.Range(1, 5).Select(i => Points(member.Id, i))]);
        var announcement = await admin.AnnounceAsync("Hello", "你好");
        await factory.DrainOutboxAsync();

        var requests = Enumerable.Range(0, 20).Select(async i =>
        {
            using var response = i % 2 == 0
                ? await member.Client.PostAsync("/api/me/notifications/read-all", null)
                : await member.Client.PostAsync($"/api/me/notifications/{announcement}/read", null);
            return response.StatusCode;
        });
        var statuses = await Task.WhenAll(requests);

        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.NoContent, $"got {s}"));
        Assert.Equal(0, await member.Client.UnreadAsync());
        Assert.Equal(1, await CountAnnouncementReadsAsync(factory, member.Id));
    }

    [Fact]
    public async Task Given_the_same_event_delivered_twice_to_the_handler_Then_one_notification_is_stored()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();
        var award = Points(member.Id, 3);

        // Straight to the handler twice, bypassing the outbox's processed-message record: the dedupe key must hold.
        // Each run ends as an outbox delivery does: the commit steps write what the handler queued.
        for (var i = 0; i < 2; i++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            var handlerType = Type.GetType("UserOps.Community.Notifications.Handlers.AchievementHandlers, UserOps.Community.Notifications", throwOnError: true)!;
            var handler = (IIntegrationEventHandler<PointsAwarded>)ActivatorUtilities.CreateInstance(scope.ServiceProvider, handlerType);
            await handler.HandleAsync(award, CancellationToken.None);
            foreach (var step in scope.ServiceProvider.GetServices<BuildingBlocks.Outbox.IDeliveryCommitStep>())
            {
                await step.BeforeCommitAsync(CancellationToken.None);
            }

            await db.SaveChangesAsync();
        }

        Assert.Single((await member.Client.NotificationsAsync()).Items);
    }

    internal static PointsAwarded Points(Guid userId, int total) =>
        new(userId, Guid.NewGuid(), "PostPublished", total, [new PointsLine(null, total, "test")]) { OccurredAt = DateTime.UtcNow.AddMilliseconds(total) };

    private static async Task<int> CountAnnouncementReadsAsync(CommunityApiFactory factory, Guid userId)
    {
        var sql = factory.Database.Provider == DatabaseProvider.Sqlite
            ? "SELECT COUNT(*) AS \"Value\" FROM notifications_announcement_reads WHERE user_id = {0}"
            : "SELECT COUNT(*)::int AS \"Value\" FROM notifications.announcement_reads WHERE user_id = {0}";
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        return await db.Database.SqlQueryRaw<int>(sql, userId).SingleAsync();
    }
}
