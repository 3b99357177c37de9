using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Engagement.Contracts;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.IntegrationTests.Content;
using UserOps.Community.IntegrationTests.Infrastructure;
using UserOps.Community.Notifications.Contracts;

namespace UserOps.Community.IntegrationTests.Notifications;

public sealed class LiveFigureTests
{
    [Fact]
    public async Task Given_a_burst_of_check_ins_Then_the_group_gets_at_most_one_count_per_second_with_the_latest_value()
    {
        var counts = new FakeCheckInCounts();
        await using var factory = await CommunityApiFactory.CreateAsync(options =>
            options.ConfigureServices = services => services.AddSingleton<ICheckInCounts>(counts));
        var (owner, groupId) = await RealtimeHubTests.CreateGroupAsync(factory, "public");
        var members = new List<SignedInMember>();
        for (var i = 0; i < 6; i++)
        {
            var member = await factory.CreateMemberAsync();
            await member.Client.JoinAsync(groupId);
            members.Add(member);
        }

        await using var probe = await HubProbe.ConnectAsync(factory, owner);
        await probe.SubscribeAsync(groupId);
        var day = new DateOnly(2026, 11, 28);
        var started = DateTime.UtcNow;
        foreach (var member in members)
        {
            counts.Set(groupId, day, counts.Get(groupId, day) + 1);
            await factory.RaiseAsync(new CheckInRecorded(Guid.NewGuid(), member.Id, day, "UTC", 1, false) { OccurredAt = DateTime.UtcNow });
        }

        await probe.WaitForAsync<CheckInCountChangedMessage>(RealtimeMethods.CheckInCountChanged, m => m.Count == 6, TimeSpan.FromSeconds(5));
        var elapsed = DateTime.UtcNow - started;
        var received = probe.Received<CheckInCountChangedMessage>(RealtimeMethods.CheckInCountChanged);
        Assert.All(received, m => Assert.Equal((groupId, day), (m.GroupId, m.Day)));
        // Six check-ins; one message per elapsed second (plus the tick in progress) at most.
        Assert.InRange(received.Count, 1, (int)Math.Ceiling(elapsed.TotalSeconds) + 1);
        Assert.True(received.Count < 6 || elapsed > TimeSpan.FromSeconds(5), $"{received.Count} messages in {elapsed.TotalSeconds:0.0} s were not coalesced");
    }

    [Fact]
    public async Task Given_points_awarded_in_a_burst_Then_one_leaderboard_change_is_broadcast()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var member = await factory.CreateMemberAsync();
        var watcher = await factory.CreateMemberAsync();
        await using var probe = await HubProbe.ConnectAsync(factory, watcher);

        await factory.RaiseAsync([.. Enumerable.Range(1, 20).Select(i => NotificationCentreTests.Points(member.Id, i))]);

        await probe.WaitForAsync<LeaderboardChangedMessage>(RealtimeMethods.LeaderboardChanged, _ => true);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Single(probe.Received<LeaderboardChangedMessage>(RealtimeMethods.LeaderboardChanged));
    }

    [Fact]
    public async Task Given_reactions_Then_the_author_is_told_once_per_milestone_not_per_reaction()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var (owner, groupId) = await RealtimeHubTests.CreateGroupAsync(factory, "public");
        var post = await owner.Client.PublishPostAsync(groupId);
        var fans = new List<SignedInMember>();
        for (var i = 0; i < 5; i++)
        {
            var fan = await factory.CreateMemberAsync();
            await fan.Client.JoinAsync(groupId);
            fans.Add(fan);
        }

        await Task.WhenAll(fans.Select(f => f.Client.ReactAsync($"/api/posts/{post.Id}/reactions/like")));
        await owner.Client.ReactAsync($"/api/posts/{post.Id}/reactions/like");
        await factory.DrainOutboxAsync();

        var texts = (await owner.Client.NotificationsAsync()).Items.Where(n => n.Kind == "reactions").Select(n => n.Text).ToList();
        // Six reactions (one the author's own) cross milestones 1 and 5, never 6.
        Assert.Equal(["5 people reacted to your post", "1 person reacted to your post"], texts);
    }

    [Fact]
    public async Task Given_adds_and_withdrawals_delivered_together_Then_the_final_counts_are_pushed_and_each_milestone_passed_is_told_once()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var (owner, groupId) = await RealtimeHubTests.CreateGroupAsync(factory, "public");
        var postId = Guid.CreateVersion7();
        await using var probe = await HubProbe.ConnectAsync(factory, owner);
        await probe.SubscribeAsync(groupId);
        var reactors = Enumerable.Range(0, 11).Select(_ => Guid.CreateVersion7()).ToList();
        ReactionAdded Add(Guid reactor) => new(ContentKind.Post, postId, postId, groupId, reactor, owner.Id, "like") { OccurredAt = DateTime.UtcNow };
        ReactionRemoved Remove(Guid reactor) => new(ContentKind.Post, postId, postId, groupId, reactor, owner.Id, "like") { OccurredAt = DateTime.UtcNow };

        // 1..6, back to 5, 6..10, back to 9; the author's own reaction passes no milestone of theirs (11 would not count anyway).
        IIntegrationEvent[] events =
        [
            .. reactors.Take(6).Select(Add), Remove(reactors[5]), .. reactors.Skip(5).Take(5).Select(Add), Remove(reactors[9]),
            new ReactionAdded(ContentKind.Post, postId, postId, groupId, owner.Id, owner.Id, "love") { OccurredAt = DateTime.UtcNow },
        ];
        await factory.RaiseAsync(events);
        await factory.DrainOutboxAsync();

        var pushed = await probe.WaitForAsync<ReactionsChangedMessage>(
            RealtimeMethods.ReactionsChanged, m => m.Counts.GetValueOrDefault("like") == 9 && m.Counts.GetValueOrDefault("love") == 1, TimeSpan.FromSeconds(5));
        Assert.Equal(postId, pushed.TargetId);
        var texts = (await owner.Client.NotificationsAsync()).Items.Where(n => n.Kind == "reactions").Select(n => n.Text).ToList();
        Assert.Equal(["10 people reacted to your post", "5 people reacted to your post", "1 person reacted to your post"], texts);
    }
}

public sealed class MentionTests
{
    [Fact]
    public async Task Given_a_mention_Then_the_mentioned_member_is_notified_with_the_mentioner_as_actor()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var (owner, groupId) = await RealtimeHubTests.CreateGroupAsync(factory, "public");
        var mentioned = await factory.CreateMemberAsync();
        await mentioned.Client.JoinAsync(groupId);
        await mentioned.RenameAsync("Mentionable");
        await owner.RenameAsync("Mentioner");
        await using var probe = await HubProbe.ConnectAsync(factory, mentioned);

        await owner.Client.PublishPostAsync(groupId, "Hello", "Hi @Mentionable, welcome aboard.");
        await factory.DrainOutboxAsync();

        var pushed = await probe.WaitForAsync<NotificationMessage>(RealtimeMethods.Notification, n => n.Kind == "mention");
        Assert.Equal(("Mentioner mentioned you", owner.Id, groupId), (pushed.Text, pushed.ActorId, pushed.GroupId));
        Assert.Single((await mentioned.Client.NotificationsAsync()).Items, n => n.Kind == "mention");
    }
}

/// <summary>Stands in for the Engagement module's counters, which the lead wires at merge.</summary>
public sealed class FakeCheckInCounts : ICheckInCounts
{
    private readonly ConcurrentDictionary<(DateOnly, Guid?), int> _counts = new();

    public int Get(Guid groupId, DateOnly day) => _counts.GetValueOrDefault((day, groupId));

    public void Set(Guid groupId, DateOnly day, int count) => _counts[(day, groupId)] = count;

    public Task<int> GetAsync(DateOnly day, Guid? groupId, CancellationToken cancellationToken) => Task.FromResult(_counts.GetValueOrDefault((day, groupId)));
}
