using System.Net;
using System.Net.Http.Json;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Content;

/// <summary>Limits, edit history, removal, locking and the one level of replies.</summary>
public sealed class PostLifecycleTests
{
    public static TheoryData<string, string, string[]?, string> InvalidPosts => new()
    {
        { string.Empty, "Body", null, "title" },
        { "   ", "Body", null, "title" },
        { new string('t', 201), "Body", null, "title" },
        { "Title", string.Empty, null, "body" },
        { "Title", "   ", null, "body" },
        { "Title", new string('b', 20_001), null, "body" },
        { "Title", "Body", ["a", "b", "c", "d", "e", "f"], "tags" },
        { "Title", "Body", [new string('x', 33)], "tags" },
    };

    [Theory]
    [MemberData(nameof(InvalidPosts))]
    public async Task Given_a_field_out_of_bounds_When_publishing_or_editing_Then_400_with_that_field_in_errors(string title, string body, string[]? tags, string field)
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var author = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await author.Client.CreateGroupAsync();
        var post = await author.Client.PublishPostAsync(groupId);

        using var published = await author.Client.PublishAsync(groupId, title, body, tags);
        using var edited = await author.Client.PatchAsJsonAsync($"/api/posts/{post.Id}", new { title, body, tags });

        Assert.Contains(field, (await published.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors.Keys);
        Assert.Contains(field, (await edited.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors.Keys);
    }

    [Fact]
    public async Task Given_fields_at_their_limits_When_publishing_Then_the_post_is_created()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var author = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await author.Client.CreateGroupAsync();

        var longest = await author.Client.PublishPostAsync(groupId, new string('t', 200), new string('b', 20_000), ["a", "b", "c", "d", "#E"]);
        var shortest = await author.Client.PublishPostAsync(groupId, "t", "b");

        Assert.Equal(200, longest.Title.Length);
        Assert.Equal(20_000, longest.Body.Length);
        Assert.Equal(["a", "b", "c", "d", "e"], longest.Tags);
        Assert.Equal("t", shortest.Title);
    }

    [Fact]
    public async Task Given_a_comment_too_long_or_blank_Then_400()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var author = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await author.Client.CreateGroupAsync();
        var post = await author.Client.PublishPostAsync(groupId);

        using var blank = await author.Client.CommentAsync(post.Id, " ");
        using var tooLong = await author.Client.CommentAsync(post.Id, new string('c', 10_001));

        await blank.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await tooLong.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Given_two_edits_Then_revisions_keep_the_earlier_versions_newest_first()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var author = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await author.Client.CreateGroupAsync();
        var post = await author.Client.PublishPostAsync(groupId, "Version one", "Body one");

        using var first = await author.Client.PatchAsJsonAsync($"/api/posts/{post.Id}", new { title = "Version two", body = "Body two" });
        await first.ShouldBeAsync(HttpStatusCode.OK);
        using var second = await author.Client.PatchAsJsonAsync($"/api/posts/{post.Id}", new { body = "Body three" });
        await second.ShouldBeAsync(HttpStatusCode.OK);

        var current = await author.Client.GetOkAsync<PostBody>($"/api/posts/{post.Id}");
        Assert.Equal("Version two", current.Title);
        Assert.Equal("Body three", current.Body);
        Assert.NotNull(current.EditedAt);
        var revisions = await factory.CreateClient().GetOkAsync<List<RevisionBody>>($"/api/posts/{post.Id}/revisions");
        Assert.Equal([("Version two", "Body two"), ("Version one", "Body one")], revisions.Select(r => (r.Title, r.Body)));
    }

    [Fact]
    public async Task Given_a_removed_post_Then_it_shows_as_removed_with_nothing_and_leaves_every_feed_and_search()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var author = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await author.Client.CreateGroupAsync();
        var post = await author.Client.PublishPostAsync(groupId, "Doomed quokkaword", "Doomed body quokkaword", ["doomed"]);
        var kept = await author.Client.PublishPostAsync(groupId, "Kept quokkaword", "Kept body", ["doomed"]);

        using var removed = await author.Client.DeleteAsync($"/api/posts/{post.Id}?reason=spam");
        await removed.ShouldBeAsync(HttpStatusCode.NoContent);

        var shown = await factory.CreateClient().GetOkAsync<PostBody>($"/api/posts/{post.Id}");
        Assert.True(shown.Removed);
        Assert.Equal(string.Empty, shown.Title);
        Assert.Equal(string.Empty, shown.Body);
        Assert.Equal(string.Empty, shown.BodyHtml);
        var feeds = new[]
        {
            (await author.Client.GetOkAsync<GroupFeedBody>($"/api/groups/{groupId}/posts")).Items,
            (await author.Client.GetOkAsync<GroupFeedBody>($"/api/groups/{groupId}/posts?sort=top")).Items,
            (await author.Client.GetOkAsync<GroupFeedBody>($"/api/groups/{groupId}/posts?sort=hot")).Items,
            (await author.Client.GetOkAsync<PostPageBody>("/api/feed")).Items,
            (await author.Client.GetOkAsync<PostPageBody>("/api/tags/doomed/posts")).Items,
            (await author.Client.GetOkAsync<PostPageBody>($"/api/users/{author.Id}/posts")).Items,
            [.. (await author.Client.GetOkAsync<SearchBody>("/api/search?q=quokkaword")).Items.Select(r => r.Post)],
        };
        Assert.All(feeds, feed =>
        {
            Assert.DoesNotContain(feed, p => p.Id == post.Id);
            Assert.Contains(feed, p => p.Id == kept.Id);
        });
    }

    [Fact]
    public async Task Given_a_locked_post_When_a_member_comments_Then_409_post_locked_until_unlocked()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await owner.Client.CreateGroupAsync();
        var member = await factory.CreateMemberAsync();
        await member.Client.JoinAsync(groupId);
        var post = await member.Client.PublishPostAsync(groupId);
        var comment = await member.Client.PostCommentAsync(post.Id);

        using var locked = await owner.Client.PostAsync($"/api/posts/{post.Id}/lock", null);
        await locked.ShouldBeAsync(HttpStatusCode.OK);
        Assert.True((await locked.Content.ReadFromJsonAsync<PostBody>())!.IsLocked);
        using var refused = await member.Client.CommentAsync(post.Id, "Too late");
        using var refusedReply = await member.Client.CommentAsync(post.Id, "Too late", comment.Id);
        await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "post_locked");
        await refusedReply.ShouldBeProblemAsync(HttpStatusCode.Conflict, "post_locked");

        using var unlocked = await owner.Client.DeleteAsync($"/api/posts/{post.Id}/lock");
        await unlocked.ShouldBeAsync(HttpStatusCode.OK);
        using var accepted = await member.Client.CommentAsync(post.Id, "Open again");
        await accepted.ShouldBeAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Given_a_reply_When_replying_to_it_Then_400_because_replies_are_one_level_deep()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var author = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await author.Client.CreateGroupAsync();
        var post = await author.Client.PublishPostAsync(groupId);
        var comment = await author.Client.PostCommentAsync(post.Id);
        var reply = await author.Client.PostCommentAsync(post.Id, "A reply", comment.Id);

        using var nested = await author.Client.CommentAsync(post.Id, "Reply to reply", reply.Id);
        using var unknownParent = await author.Client.CommentAsync(post.Id, "Orphan", Guid.NewGuid());

        Assert.Equal(comment.Id, reply.ParentCommentId);
        Assert.Contains("parentCommentId", (await nested.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors.Keys);
        Assert.Contains("parentCommentId", (await unknownParent.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors.Keys);
    }

    [Fact]
    public async Task Given_comments_and_replies_Then_the_post_counts_all_of_them_and_each_comment_its_replies_also_after_removal()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var author = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await author.Client.CreateGroupAsync();
        var post = await author.Client.PublishPostAsync(groupId);
        var first = await author.Client.PostCommentAsync(post.Id, "First");
        var second = await author.Client.PostCommentAsync(post.Id, "Second");
        var replies = new List<CommentBody>();
        for (var i = 0; i < 3; i++)
        {
            replies.Add(await author.Client.PostCommentAsync(post.Id, $"Reply {i}", first.Id));
        }

        Assert.Equal(5, (await author.Client.GetOkAsync<PostBody>($"/api/posts/{post.Id}")).CommentCount);
        var topLevel = await author.Client.GetOkAsync<CommentPageBody>($"/api/posts/{post.Id}/comments");
        Assert.Equal([(first.Id, 3), (second.Id, 0)], topLevel.Items.Select(c => (c.Id, c.ReplyCount)));
        var listedReplies = await author.Client.GetOkAsync<CommentPageBody>($"/api/comments/{first.Id}/replies");
        Assert.Equal(replies.Select(r => r.Id), listedReplies.Items.Select(r => r.Id));

        using var removed = await author.Client.DeleteAsync($"/api/comments/{replies[0].Id}");
        await removed.ShouldBeAsync(HttpStatusCode.NoContent);
        using var removedAgain = await author.Client.DeleteAsync($"/api/comments/{replies[0].Id}");
        await removedAgain.ShouldBeAsync(HttpStatusCode.NoContent);

        Assert.Equal(4, (await author.Client.GetOkAsync<PostBody>($"/api/posts/{post.Id}")).CommentCount);
        topLevel = await author.Client.GetOkAsync<CommentPageBody>($"/api/posts/{post.Id}/comments");
        Assert.Equal(2, topLevel.Items.Single(c => c.Id == first.Id).ReplyCount);
        var afterRemoval = await author.Client.GetOkAsync<CommentPageBody>($"/api/comments/{first.Id}/replies");
        var shownRemoved = afterRemoval.Items.Single(r => r.Id == replies[0].Id);
        Assert.True(shownRemoved.Removed);
        Assert.Equal(string.Empty, shownRemoved.Body);
    }

    [Fact]
    public async Task Given_an_edited_title_and_body_When_searching_Then_the_new_words_are_found_and_the_old_ones_are_not()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var author = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await author.Client.CreateGroupAsync();
        var post = await author.Client.PublishPostAsync(groupId, "Original aardvark", "Old text");

        using var edited = await author.Client.PatchAsJsonAsync($"/api/posts/{post.Id}", new { title = "Renamed narwhal", body = "新的内容" });
        await edited.ShouldBeAsync(HttpStatusCode.OK);

        Assert.Empty((await factory.CreateClient().GetOkAsync<SearchBody>("/api/search?q=aardvark")).Items);
        Assert.Equal([post.Id], (await factory.CreateClient().GetOkAsync<SearchBody>("/api/search?q=narwhal")).Items.Select(r => r.Post.Id));
        Assert.Equal([post.Id], (await factory.CreateClient().GetOkAsync<SearchBody>($"/api/search?q={Uri.EscapeDataString("内容")}")).Items.Select(r => r.Post.Id));
    }

    [Fact]
    public async Task Given_a_removed_post_When_members_comment_react_edit_or_pin_Then_409_content_removed()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await owner.Client.CreateGroupAsync();
        var post = await owner.Client.PublishPostAsync(groupId);
        var comment = await owner.Client.PostCommentAsync(post.Id);
        using var removed = await owner.Client.DeleteAsync($"/api/posts/{post.Id}");
        await removed.ShouldBeAsync(HttpStatusCode.NoContent);

        using var commented = await owner.Client.CommentAsync(post.Id, "Hello?");
        using var reacted = await owner.Client.PutAsync($"/api/posts/{post.Id}/reactions/like", null);
        using var reactedToComment = await owner.Client.PutAsync($"/api/comments/{comment.Id}/reactions/like", null);
        using var edited = await owner.Client.PatchAsJsonAsync($"/api/posts/{post.Id}", new { title = "Back" });
        using var pinned = await owner.Client.PostAsync($"/api/posts/{post.Id}/pin", null);

        foreach (var response in new[] { commented, reacted, reactedToComment, edited, pinned })
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "content_removed");
        }
    }

    [Fact]
    public async Task Given_a_fresh_member_When_editing_a_link_into_a_post_Then_403_privilege_required_and_the_post_is_unchanged()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await owner.Client.CreateGroupAsync();
        var fresh = await factory.CreateMemberAsync();
        await fresh.Client.JoinAsync(groupId);
        var post = await fresh.Client.PublishPostAsync(groupId, "Plain", "No links");

        using var edited = await fresh.Client.PatchAsJsonAsync($"/api/posts/{post.Id}", new { body = "Now with [a link](https://spam.example)" });

        await edited.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "privilege_required");
        Assert.Equal("No links", (await fresh.Client.GetOkAsync<PostBody>($"/api/posts/{post.Id}")).Body);
        Assert.Empty(await fresh.Client.GetOkAsync<List<RevisionBody>>($"/api/posts/{post.Id}/revisions"));
    }
}
