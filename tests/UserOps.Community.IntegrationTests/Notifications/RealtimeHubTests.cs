using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.Content.Contracts;
using UserOps.Community.IntegrationTests.Content;
using UserOps.Community.IntegrationTests.Infrastructure;
using UserOps.Community.IntegrationTests.Referrals;
using UserOps.Community.Notifications.Contracts;

namespace UserOps.Community.IntegrationTests.Notifications;

public sealed class RealtimeHubTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(700);

    [Fact]
    public async Task Given_no_token_Then_the_hub_refuses_the_connection()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var failure = await Record.ExceptionAsync(() => HubProbe.ConnectAsync(factory, "not-a-token"));
        Assert.NotNull(failure);
        using var anonymous = await factory.CreateClient().PostAsync("/hubs/community/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Given_the_web_clients_sign_in_cookie_Then_the_hub_accepts_it()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var (owner, groupId) = await CreateGroupAsync(factory, "public");
        using var login = await factory.CreateClient().PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = owner.Email, password = owner.Password });
        await login.ShouldBeAsync(HttpStatusCode.OK);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("userops.auth=", StringComparison.Ordinal)).Split(';')[0];

        await using var probe = await HubProbe.ConnectWithCookieAsync(factory, cookie);
        var subscription = await probe.SubscribeAsync(groupId);
        var post = await owner.Client.PublishPostAsync(groupId);
        await factory.DrainOutboxAsync();

        Assert.Equal(1, subscription.Online);
        await probe.WaitForAsync<PostPublishedMessage>(RealtimeMethods.PostPublished, m => m.PostId == post.Id);
    }

    [Fact]
    public async Task Given_a_subscriber_of_a_public_group_Then_posts_comments_reactions_and_joins_arrive_live()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var (owner, groupId) = await CreateGroupAsync(factory, "public");
        var watcher = await factory.CreateMemberAsync();
        await using var probe = await HubProbe.ConnectAsync(factory, watcher);
        var subscription = await probe.SubscribeAsync(groupId);
        Assert.Equal(groupId, subscription.GroupId);

        var post = await owner.Client.PublishPostAsync(groupId, "Live title");
        await watcher.Client.JoinAsync(groupId);
        var comment = await watcher.Client.PostCommentAsync(post.Id, "First!");
        await watcher.Client.ReactAsync($"/api/posts/{post.Id}/reactions/like");
        await factory.DrainOutboxAsync();

        var published = await probe.WaitForAsync<PostPublishedMessage>(RealtimeMethods.PostPublished, m => m.PostId == post.Id);
        Assert.Equal(("Live title", groupId, owner.Id), (published.Title, published.GroupId, published.AuthorId));
        await probe.WaitForAsync<MemberJoinedMessage>(RealtimeMethods.MemberJoined, m => m.UserId == watcher.Id && m.GroupId == groupId);
        await probe.WaitForAsync<CommentPostedMessage>(RealtimeMethods.CommentPosted, m => m.CommentId == comment.Id && m.AuthorId == watcher.Id);
        var reactions = await probe.WaitForAsync<ReactionsChangedMessage>(RealtimeMethods.ReactionsChanged, m => m.TargetId == post.Id);
        Assert.Equal(1, reactions.Counts["like"]);
    }

    // No DrainOutboxAsync here: only the host's own background dispatcher may deliver, as in production.
    [Fact]
    public async Task Given_only_the_background_dispatcher_Then_a_published_post_reaches_a_subscriber_without_help()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var (owner, groupId) = await CreateGroupAsync(factory, "public");
        await using var probe = await HubProbe.ConnectAsync(factory, owner);
        await probe.SubscribeAsync(groupId);

        var post = await owner.Client.PublishPostAsync(groupId, "Delivered by the dispatcher");

        await probe.WaitForAsync<PostPublishedMessage>(RealtimeMethods.PostPublished, m => m.PostId == post.Id);
    }

    // The dispatcher is off and nothing drains: the push can only come from the commit itself (ADR 0046).
    [Fact]
    public async Task Given_no_outbox_delivery_at_all_Then_a_published_post_still_reaches_subscribers_and_only_once()
    {
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.With("Outbox:DispatcherEnabled", false));
        var (owner, groupId) = await CreateGroupAsync(factory, "public");
        await using var probe = await HubProbe.ConnectAsync(factory, owner);
        await probe.SubscribeAsync(groupId);

        var post = await owner.Client.PublishPostAsync(groupId, "Pushed at commit");
        var marker = await owner.Client.PublishPostAsync(groupId, "Marker");

        await probe.WaitForAsync<PostPublishedMessage>(RealtimeMethods.PostPublished, m => m.PostId == marker.Id);
        Assert.Single(probe.Received<PostPublishedMessage>(RealtimeMethods.PostPublished), m => m.PostId == post.Id);
        await factory.DrainOutboxAsync();
        await owner.Client.PublishPostAsync(groupId, "After the drain");
        await probe.WaitForAsync<PostPublishedMessage>(RealtimeMethods.PostPublished, m => m.Title == "After the drain");
        Assert.Single(probe.Received<PostPublishedMessage>(RealtimeMethods.PostPublished), m => m.PostId == post.Id);
    }

    [Fact]
    public async Task Given_an_outsider_Then_a_private_group_cannot_be_subscribed_and_nothing_of_it_leaks()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var (owner, groupId) = await CreateGroupAsync(factory, "private");
        var publicGroupId = await owner.Client.CreateGroupAsync("public");
        var outsider = await factory.CreateMemberAsync();
        await using var outsiderProbe = await HubProbe.ConnectAsync(factory, outsider);
        await using var ownerProbe = await HubProbe.ConnectAsync(factory, owner);
        await ownerProbe.SubscribeAsync(groupId);

        var refused = await Assert.ThrowsAsync<HubException>(() => outsiderProbe.SubscribeAsync(groupId));
        Assert.Contains("group_not_found", refused.Message, StringComparison.Ordinal);
        var missing = await Assert.ThrowsAsync<HubException>(() => outsiderProbe.SubscribeAsync(Guid.NewGuid()));
        Assert.Contains("group_not_found", missing.Message, StringComparison.Ordinal);
        await outsiderProbe.SubscribeAsync(publicGroupId);

        var secret = await owner.Client.PublishPostAsync(groupId, "Secret");
        var open = await owner.Client.PublishPostAsync(publicGroupId, "Open");
        await factory.DrainOutboxAsync();

        // The owner's copy of the private post and the outsider's copy of the later public post prove the pushes went out.
        await ownerProbe.WaitForAsync<PostPublishedMessage>(RealtimeMethods.PostPublished, m => m.PostId == secret.Id);
        await outsiderProbe.WaitForAsync<PostPublishedMessage>(RealtimeMethods.PostPublished, m => m.PostId == open.Id);
        Assert.DoesNotContain(outsiderProbe.Received<PostPublishedMessage>(RealtimeMethods.PostPublished), m => m.GroupId == groupId);
    }

    [Fact]
    public async Task Given_a_member_removed_from_a_private_group_Then_their_connection_stops_receiving_it()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var (owner, groupId) = await CreateGroupAsync(factory, "private");
        var member = await factory.CreateMemberAsync();
        var stayer = await factory.CreateMemberAsync();
        await owner.Client.InviteAndJoinAsync(groupId, member);
        await owner.Client.InviteAndJoinAsync(groupId, stayer);
        await using var memberProbe = await HubProbe.ConnectAsync(factory, member);
        await using var stayerProbe = await HubProbe.ConnectAsync(factory, stayer);
        await memberProbe.SubscribeAsync(groupId);
        await stayerProbe.SubscribeAsync(groupId);

        var before = await owner.Client.PublishPostAsync(groupId, "Before");
        await factory.DrainOutboxAsync();
        await memberProbe.WaitForAsync<PostPublishedMessage>(RealtimeMethods.PostPublished, m => m.PostId == before.Id);

        using (var removed = await owner.Client.DeleteAsync($"/api/groups/{groupId}/members/{member.Id}"))
        {
            Assert.True(removed.IsSuccessStatusCode, $"Removing failed: {(int)removed.StatusCode}");
        }

        await factory.DrainOutboxAsync();
        var after = await owner.Client.PublishPostAsync(groupId, "After");
        await factory.DrainOutboxAsync();

        await stayerProbe.WaitForAsync<PostPublishedMessage>(RealtimeMethods.PostPublished, m => m.PostId == after.Id);
        await Task.Delay(Quiet);
        Assert.DoesNotContain(memberProbe.Received<PostPublishedMessage>(RealtimeMethods.PostPublished), m => m.PostId == after.Id);
        await Assert.ThrowsAsync<HubException>(() => memberProbe.SubscribeAsync(groupId));
    }

    [Fact]
    public async Task Given_a_member_banned_while_connected_Then_the_session_ends_and_no_group_event_reaches_them()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var (owner, groupId) = await CreateGroupAsync(factory, "public");
        var member = await factory.CreateMemberAsync();
        var admin = await factory.CreateAdminClientAsync();
        await using var memberProbe = await HubProbe.ConnectAsync(factory, member);
        await using var ownerProbe = await HubProbe.ConnectAsync(factory, owner);
        await memberProbe.SubscribeAsync(groupId);
        await ownerProbe.SubscribeAsync(groupId);

        await admin.BanAsync(member.Id, "Spam");
        await factory.DrainOutboxAsync();
        var ended = await memberProbe.WaitForAsync<SessionEndedMessage>(RealtimeMethods.SessionEnded, _ => true);
        var after = await owner.Client.PublishPostAsync(groupId, "After the ban");
        await factory.DrainOutboxAsync();

        Assert.Equal("banned", ended.Reason);
        await ownerProbe.WaitForAsync<PostPublishedMessage>(RealtimeMethods.PostPublished, m => m.PostId == after.Id);
        await Task.Delay(Quiet);
        Assert.DoesNotContain(memberProbe.Received<PostPublishedMessage>(RealtimeMethods.PostPublished), m => m.PostId == after.Id);
        var refused = await Assert.ThrowsAsync<HubException>(() => memberProbe.SubscribeAsync(groupId));
        Assert.Contains("account_banned", refused.Message);
        await Assert.ThrowsAnyAsync<Exception>(() => HubProbe.ConnectAsync(factory, member));
    }

    [Fact]
    public async Task Given_a_member_calling_the_hub_in_a_loop_Then_calls_beyond_the_limit_are_refused_across_their_connections()
    {
        await using var factory = await CommunityApiFactory.CreateAsync(o =>
        {
            o.With("Notifications:Hub:InvocationBurst", 5);
            o.With("Notifications:Hub:InvocationsPerMinute", 1);
        });
        var (owner, groupId) = await CreateGroupAsync(factory, "public");
        await using var first = await HubProbe.ConnectAsync(factory, owner);
        await using var second = await HubProbe.ConnectAsync(factory, owner);
        var other = await factory.CreateMemberAsync();
        await using var otherProbe = await HubProbe.ConnectAsync(factory, other);

        // Five calls, alternating connections: the member's allowance, not each connection's.
        for (var call = 0; call < 5; call++)
        {
            await (call % 2 == 0 ? first.SubscribeAsync(groupId) : second.UnsubscribeAsync(groupId));
        }

        var refused = await Assert.ThrowsAsync<HubException>(() => first.SubscribeAsync(groupId));
        Assert.Contains("rate_limited", refused.Message);
        await otherProbe.SubscribeAsync(groupId);
    }

    [Fact]
    public async Task Given_a_member_on_two_devices_Then_each_connection_gets_the_notification_and_nobody_else_does()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var (owner, groupId) = await CreateGroupAsync(factory, "public");
        var commenter = await factory.CreateMemberAsync();
        var bystander = await factory.CreateMemberAsync();
        await commenter.Client.JoinAsync(groupId);
        await using var phone = await HubProbe.ConnectAsync(factory, owner);
        await using var laptop = await HubProbe.ConnectAsync(factory, owner, messagePack: true);
        await using var other = await HubProbe.ConnectAsync(factory, bystander);
        await other.SubscribeAsync(groupId);

        var post = await owner.Client.PublishPostAsync(groupId);
        var comment = await commenter.Client.PostCommentAsync(post.Id, "Nice post");
        await factory.DrainOutboxAsync();

        var onPhone = await phone.WaitForAsync<NotificationMessage>(RealtimeMethods.Notification, n => n.Kind == "reply");
        var onLaptop = await laptop.WaitForAsync<NotificationMessage>(RealtimeMethods.Notification, n => n.Kind == "reply");
        Assert.Equal(onPhone.Id, onLaptop.Id);
        Assert.Equal(commenter.Id, onPhone.ActorId);
        Assert.Equal("Test Member replied to your post", onPhone.Text);
        await other.WaitForAsync<CommentPostedMessage>(RealtimeMethods.CommentPosted, m => m.CommentId == comment.Id);
        Assert.Empty(other.Received<NotificationMessage>(RealtimeMethods.Notification));
        Assert.Single(phone.Received<NotificationMessage>(RealtimeMethods.Notification), n => n.Kind == "reply");
    }

    // The failing handler runs in the real-time lane after ContentHandlers queued the push, so the push's own batch rolls back.
    [Fact]
    public async Task Given_the_delivery_batch_rolls_back_Then_the_push_happens_once_after_the_retry_commits()
    {
        var failures = new FailOnce();
        await using var factory = await CommunityApiFactory.CreateAsync(options => options.ConfigureServices = services =>
        {
            services.AddSingleton(failures);
            services.AddIntegrationEventHandler<CommentPosted, FailingOnceCommentHandler>(OutboxLane.Realtime);
        });
        var (owner, groupId) = await CreateGroupAsync(factory, "public");
        var watcher = await factory.CreateMemberAsync();
        await using var probe = await HubProbe.ConnectAsync(factory, watcher);
        await probe.SubscribeAsync(groupId);
        var post = await owner.Client.PublishPostAsync(groupId, "Discussed");
        await factory.DrainOutboxAsync();
        failures.Arm();

        var comment = await owner.Client.PostCommentAsync(post.Id, "Retried");
        await factory.DrainOutboxAsync();
        var marker = await owner.Client.PostCommentAsync(post.Id, "Marker");
        await factory.DrainOutboxAsync();

        await probe.WaitForAsync<CommentPostedMessage>(RealtimeMethods.CommentPosted, m => m.CommentId == marker.Id);
        Assert.True(failures.Failed, "the test handler should have rolled a delivery back");
        Assert.Single(probe.Received<CommentPostedMessage>(RealtimeMethods.CommentPosted), m => m.CommentId == comment.Id);
    }

    [Fact]
    public async Task Given_two_members_subscribe_and_one_leaves_Then_presence_follows_coalesced()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var (owner, groupId) = await CreateGroupAsync(factory, "public");
        var guest = await factory.CreateMemberAsync();
        await using var ownerProbe = await HubProbe.ConnectAsync(factory, owner);
        var guestProbe = await HubProbe.ConnectAsync(factory, guest);
        await ownerProbe.SubscribeAsync(groupId);
        var second = await guestProbe.SubscribeAsync(groupId);
        Assert.Equal(2, second.Online);

        var two = await ownerProbe.WaitForAsync<PresenceChangedMessage>(RealtimeMethods.PresenceChanged, m => m.Online == 2);
        Assert.Equal([owner.Id, guest.Id], two.MemberIds.Order());
        Assert.All(ownerProbe.Received<PresenceChangedMessage>(RealtimeMethods.PresenceChanged), m => Assert.Equal(m.Online, m.MemberIds.Count));
        var beforeLeaving = ownerProbe.Received<PresenceChangedMessage>(RealtimeMethods.PresenceChanged).Count;
        await guestProbe.DisposeAsync();
        // Only an update sent after the guest left counts: the owner's own subscription also produced Online = 1.
        var one = await ownerProbe.WaitForAsync<PresenceChangedMessage>(RealtimeMethods.PresenceChanged, m => m.Online == 1, skip: beforeLeaving);
        Assert.Equal([owner.Id], one.MemberIds);
        // Two subscriptions within one tick were sent as one update, not one per change.
        Assert.True(ownerProbe.Received<PresenceChangedMessage>(RealtimeMethods.PresenceChanged).Count <= 3);
    }

    internal static async Task<(SignedInMember Owner, Guid GroupId)> CreateGroupAsync(CommunityApiFactory factory, string visibility)
    {
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await owner.Client.CreateGroupAsync(visibility, visibility == "private" ? "invite" : "open");
        return (owner, groupId);
    }
}

/// <summary>Makes one delivery of PostPublished fail, rolling back the batch the Notifications handler ran in.</summary>
public sealed class FailOnce
{
    private int _armed;

    public bool Failed { get; private set; }

    public void Arm() => Interlocked.Exchange(ref _armed, 1);

    public void ThrowIfArmed()
    {
        if (Interlocked.Exchange(ref _armed, 0) == 1)
        {
            Failed = true;
            throw new InvalidOperationException("Simulated failure after the other handlers ran.");
        }
    }
}

public sealed class FailingOnceCommentHandler(FailOnce failures) : BuildingBlocks.Events.IIntegrationEventHandler<CommentPosted>
{
    public Task HandleAsync(CommentPosted integrationEvent, CancellationToken cancellationToken)
    {
        failures.ThrowIfArmed();
        return Task.CompletedTask;
    }
}
