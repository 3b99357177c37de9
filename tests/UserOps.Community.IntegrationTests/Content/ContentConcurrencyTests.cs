using System.Net;
using UserOps.Community.Content.Contracts;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Content;

/// <summary>Concurrent reactions and paging while others publish.</summary>
public sealed class ContentConcurrencyTests
{
    [Fact]
    public async Task Given_50_parallel_identical_likes_by_one_member_Then_the_count_is_1_and_one_ReactionAdded_is_raised()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await owner.Client.CreateGroupAsync();
        var member = await factory.CreateMemberAsync();
        await member.Client.JoinAsync(groupId);
        var post = await owner.Client.PublishPostAsync(groupId);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => member.Client.PutAsync($"/api/posts/{post.Id}/reactions/like", null)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Array.ForEach(responses, r => r.Dispose());
        var fetched = await member.Client.GetOkAsync<PostBody>($"/api/posts/{post.Id}");
        Assert.Equal(1, fetched.Reactions.GetValueOrDefault("like"));
        Assert.Equal(["like"], fetched.MyReactions);
        await factory.DrainOutboxAsync();
        Assert.Single(factory.Events.Of<ReactionAdded>(), e => e.TargetId == post.Id && e.ReactorId == member.Id);
    }

    [Fact]
    public async Task Given_50_parallel_identical_reactions_to_a_comment_Then_the_count_is_1()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await owner.Client.CreateGroupAsync();
        var post = await owner.Client.PublishPostAsync(groupId);
        var comment = await owner.Client.PostCommentAsync(post.Id);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => owner.Client.PutAsync($"/api/comments/{comment.Id}/reactions/celebrate", null)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Array.ForEach(responses, r => r.Dispose());
        var listed = await owner.Client.GetOkAsync<CommentPageBody>($"/api/posts/{post.Id}/comments");
        Assert.Equal(1, listed.Items.Single().Reactions.GetValueOrDefault("celebrate"));
        await factory.DrainOutboxAsync();
        Assert.Single(factory.Events.Of<ReactionAdded>(), e => e.TargetId == comment.Id);
    }

    [Fact]
    public async Task Given_30_members_liking_in_parallel_Then_the_count_is_30()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await owner.Client.CreateGroupAsync();
        var post = await owner.Client.PublishPostAsync(groupId);
        var members = await Task.WhenAll(Enumerable.Range(0, 30).Select(async _ =>
        {
            var member = await factory.CreateMemberAsync();
            await member.Client.JoinAsync(groupId);
            return member;
        }));

        var responses = await Task.WhenAll(members.Select(m => m.Client.PutAsync($"/api/posts/{post.Id}/reactions/like", null)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Array.ForEach(responses, r => r.Dispose());
        var fetched = await owner.Client.GetOkAsync<PostBody>($"/api/posts/{post.Id}");
        Assert.Equal(30, fetched.Reactions.GetValueOrDefault("like"));
        await factory.DrainOutboxAsync();
        Assert.Equal(members.Select(m => m.Id).Order(), factory.Events.Of<ReactionAdded>().Where(e => e.TargetId == post.Id).Select(e => e.ReactorId).Order());
        var top = await owner.Client.GetOkAsync<GroupFeedBody>($"/api/groups/{groupId}/posts?sort=top");
        Assert.Equal(30, top.Items.Single(p => p.Id == post.Id).Reactions.GetValueOrDefault("like"));
    }

    [Fact]
    public async Task Given_posts_being_published_while_paging_the_new_feed_Then_no_page_repeats_or_skips_a_post()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await owner.Client.CreateGroupAsync();
        var writer = await factory.CreateMemberAsync();
        await writer.Client.JoinAsync(groupId);
        var before = new List<Guid>();
        for (var i = 0; i < 23; i++)
        {
            before.Add((await owner.Client.PublishPostAsync(groupId, $"Before {i}")).Id);
        }

        using var stop = new CancellationTokenSource();
        var published = 0;
        var publishing = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await writer.Client.PublishPostAsync(groupId, $"During {published}");
                Interlocked.Increment(ref published);
            }
        });

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await owner.Client.GetOkAsync<GroupFeedBody>($"/api/groups/{groupId}/posts?sort=new&limit=5{(cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}")}");
            Assert.InRange(page.Items.Count, 0, 5);
            seen.AddRange(page.Items.Select(p => p.Id));
            cursor = page.NextCursor;
            pages++;
            // Give the writer time to land posts between pages.
            await Task.Delay(20);
        }
        while (cursor is not null && pages < 100);

        await stop.CancelAsync();
        await publishing;

        Assert.True(published > 0, "The writer published nothing while paging.");
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.All(before, id => Assert.Single(seen, id));
        Assert.Equal(before.AsEnumerable().Reverse(), seen.Where(before.Contains));
    }
}
