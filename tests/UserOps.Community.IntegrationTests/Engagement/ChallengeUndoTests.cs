using System.Net;
using UserOps.Community.Engagement.Contracts;
using UserOps.Community.IntegrationTests.Growth;
using UserOps.Community.IntegrationTests.Infrastructure;
using ContentApi = UserOps.Community.IntegrationTests.Content.ContentApi;

namespace UserOps.Community.IntegrationTests.Engagement;

/// <summary>Removing what counted toward an activity challenge takes the count back, so posting and deleting cannot farm one.</summary>
public sealed class ChallengeUndoTests
{
    private static readonly DateOnly Nov28 = new(2026, 11, 28);

    [Fact]
    public async Task Given_counted_posts_comments_and_reactions_When_removed_Then_open_challenges_drop_them_and_a_completed_one_stays_completed()
    {
        await using var factory = await EngagementApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var othersPost = await admin.PublishAsync(group);
        var posts = await admin.CreateChallengeAsync(Activity("posts", 3));
        var comments = await admin.CreateChallengeAsync(Activity("comments", 2));
        var reactions = await admin.CreateChallengeAsync(Activity("reactions", 2));
        var member = await factory.CreateMemberAsync();
        await member.Client.JoinAsync(group);
        foreach (var challenge in new[] { posts, comments, reactions })
        {
            await member.Client.EnrolAsync(challenge.Id);
        }

        var first = await member.Client.PublishAsync(group);
        await member.Client.PublishAsync(group);
        var comment = await ContentApi.PostCommentAsync(member.Client, othersPost);
        await member.Client.ReactAsync(othersPost, "like");
        await factory.SettleAsync();
        Assert.Equal(new[] { 2, 1, 1 }, await ProgressAsync(member.Client, posts, comments, reactions));

        await DeleteAsync(member.Client, $"/api/posts/{first}");
        await DeleteAsync(member.Client, $"/api/comments/{comment.Id}");
        await DeleteAsync(member.Client, $"/api/posts/{othersPost}/reactions/like", HttpStatusCode.OK);
        await factory.SettleAsync();
        Assert.Equal(new[] { 1, 0, 0 }, await ProgressAsync(member.Client, posts, comments, reactions));

        // The same reaction again counts again: it is live once more.
        await member.Client.ReactAsync(othersPost, "like");
        var third = await member.Client.PublishAsync(group);
        await member.Client.PublishAsync(group);
        await factory.SettleAsync();
        Assert.Equal(new[] { 3, 0, 1 }, await ProgressAsync(member.Client, posts, comments, reactions));
        Assert.True((await member.Client.ProgressAsync(posts.Id)).Completed);

        await DeleteAsync(member.Client, $"/api/posts/{third}");
        await factory.SettleAsync();
        var completed = await member.Client.ProgressAsync(posts.Id);
        Assert.True(completed.Completed);
        Assert.Equal(3, completed.Progress);
        Assert.Single(factory.Events.Of<ChallengeCompleted>(), e => e.ChallengeId == posts.Id);
    }

    [Fact]
    public async Task Given_posts_delivered_by_several_workers_at_once_Then_each_counts_toward_the_challenge()
    {
        // One message per claim and five workers (the dispatcher's lanes and four drainers), so the posts' events are
        // delivered in parallel transactions: each must see the others' counted activity, not only its own.
        await using var factory = await EngagementApi.CreateFactoryAsync(configure: o => o.With("Outbox:BatchSize", 1));
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var posts = await admin.CreateChallengeAsync(Activity("posts", 50));
        var member = await factory.CreateMemberAsync();
        await member.Client.JoinAsync(group);
        await member.Client.EnrolAsync(posts.Id);
        await factory.SettleAsync();

        for (var i = 0; i < 12; i++)
        {
            await member.Client.PublishAsync(group);
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(factory.DrainOutboxAsync)));
        await factory.SettleAsync();

        Assert.Equal(12, (await member.Client.ProgressAsync(posts.Id)).Progress);
    }

    private static object Activity(string type, int target) => new
    {
        titleEn = $"Activity: {type}", startDate = Nov28, endDate = Nov28.AddDays(6), kind = "activity", activityType = type, target,
    };

    private static async Task<int[]> ProgressAsync(HttpClient client, params ChallengeBody[] challenges)
    {
        var progress = new List<int>();
        foreach (var challenge in challenges)
        {
            progress.Add((await client.ProgressAsync(challenge.Id)).Progress);
        }

        return [.. progress];
    }

    private static async Task DeleteAsync(HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.NoContent)
    {
        using var response = await client.DeleteAsync(path);
        await response.ShouldBeAsync(expected);
    }
}
