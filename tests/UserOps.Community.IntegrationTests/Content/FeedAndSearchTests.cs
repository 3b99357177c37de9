using System.Net;
using UserOps.Community.Content.Contracts;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Content;

/// <summary>Group, home, tag and user feeds; search; mentions.</summary>
public sealed class FeedAndSearchTests
{
    [Fact]
    public async Task Given_a_pinned_and_a_removed_post_Then_the_pinned_comes_first_on_page_one_only_and_cursor_pages_hold_the_rest_in_order()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await owner.Client.CreateGroupAsync();
        var posts = new List<PostBody>();
        for (var i = 0; i < 7; i++)
        {
            posts.Add(await owner.Client.PublishPostAsync(groupId, $"Post {i}"));
        }

        using var pinned = await owner.Client.PostAsync($"/api/posts/{posts[1].Id}/pin", null);
        await pinned.ShouldBeAsync(HttpStatusCode.OK);
        using var removed = await owner.Client.DeleteAsync($"/api/posts/{posts[2].Id}");
        Assert.True(removed.IsSuccessStatusCode, removed.StatusCode.ToString());
        var newestFirst = posts.Where(p => p != posts[1] && p != posts[2]).Reverse().Select(p => p.Id).ToList();

        foreach (var sort in new[] { "new", "hot", "top" })
        {
            var first = await factory.CreateClient().GetOkAsync<GroupFeedBody>($"/api/groups/{groupId}/posts?sort={sort}&limit=3");
            Assert.Equal([posts[1].Id], first.Pinned.Select(p => p.Id));
            Assert.True(first.Pinned[0].IsPinned);
            var items = first.Items.Select(p => p.Id).ToList();
            var cursor = first.NextCursor;
            while (cursor is not null)
            {
                var next = await factory.CreateClient().GetOkAsync<GroupFeedBody>($"/api/groups/{groupId}/posts?sort={sort}&limit=3&cursor={Uri.EscapeDataString(cursor)}");
                Assert.Empty(next.Pinned);
                items.AddRange(next.Items.Select(p => p.Id));
                cursor = next.NextCursor;
            }

            // Newest first for new; hot and top are compared as sets here (their ranking has a test of its own below).
            if (sort == "new")
            {
                Assert.Equal(newestFirst, items);
            }
            else
            {
                Assert.Equal(newestFirst.Order(), items.Order());
            }
            Assert.Equal(items.Count, items.Distinct().Count());
        }
    }

    [Fact]
    public async Task Given_reactions_and_comments_When_drained_Then_hot_and_top_rank_by_engagement_and_new_by_time()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await owner.Client.CreateGroupAsync();
        var most = await owner.Client.PublishPostAsync(groupId, "Most engaged");
        var some = await owner.Client.PublishPostAsync(groupId, "Some engagement");
        var newest = await owner.Client.PublishPostAsync(groupId, "Newest, no engagement");
        foreach (var kind in new[] { "like", "love", "insightful", "funny", "celebrate" })
        {
            await owner.Client.ReactAsync($"/api/posts/{most.Id}/reactions/{kind}");
        }

        await owner.Client.PostCommentAsync(most.Id);
        await owner.Client.ReactAsync($"/api/posts/{some.Id}/reactions/like");
        await owner.Client.ReactAsync($"/api/posts/{some.Id}/reactions/love");

        await factory.DrainOutboxAsync();

        async Task<List<Guid>> Order(string sort) =>
            [.. (await owner.Client.GetOkAsync<GroupFeedBody>($"/api/groups/{groupId}/posts?sort={sort}")).Items.Select(p => p.Id)];
        Assert.Equal([newest.Id, some.Id, most.Id], await Order("new"));
        Assert.Equal([most.Id, some.Id, newest.Id], await Order("top"));
        Assert.Equal([most.Id, some.Id, newest.Id], await Order("hot"));

        // Withdrawing reactions moves a post back down once the score is recomputed.
        foreach (var kind in new[] { "like", "love", "insightful", "funny", "celebrate" })
        {
            using var withdrawn = await owner.Client.DeleteAsync($"/api/posts/{most.Id}/reactions/{kind}");
            await withdrawn.ShouldBeAsync(HttpStatusCode.OK);
        }

        using var commentRemoved = await owner.Client.DeleteAsync(
            $"/api/comments/{(await owner.Client.GetOkAsync<CommentPageBody>($"/api/posts/{most.Id}/comments")).Items.Single().Id}");
        await commentRemoved.ShouldBeAsync(HttpStatusCode.NoContent);
        await factory.DrainOutboxAsync();
        Assert.Equal([some.Id, newest.Id, most.Id], await Order("top"));
        Assert.Equal([some.Id, newest.Id, most.Id], await Order("hot"));
    }

    [Fact]
    public async Task Given_groups_I_joined_and_one_I_did_not_Then_my_home_feed_shows_only_my_groups_posts()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var mine = await owner.Client.CreateGroupAsync();
        var alsoMine = await owner.Client.CreateGroupAsync("private", "invite");
        var other = await owner.Client.CreateGroupAsync();
        var member = await factory.CreateMemberAsync();
        await member.Client.JoinAsync(mine);
        await owner.Client.InviteAndJoinAsync(alsoMine, member);
        var inMine = await owner.Client.PublishPostAsync(mine);
        var inPrivate = await owner.Client.PublishPostAsync(alsoMine);
        var inOther = await owner.Client.PublishPostAsync(other);

        var feed = await member.Client.GetOkAsync<PostPageBody>("/api/feed");

        Assert.Equal([inPrivate.Id, inMine.Id], feed.Items.Select(p => p.Id));
        Assert.DoesNotContain(feed.Items, p => p.Id == inOther.Id);
    }

    [Fact]
    public async Task Given_posts_in_public_and_private_groups_Then_tag_feed_and_user_posts_hide_the_private_ones_from_outsiders()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var open = await owner.Client.CreateGroupAsync();
        var closed = await owner.Client.CreateGroupAsync("private", "invite");
        var outsider = await factory.CreateMemberAsync();
        var publicPost = await owner.Client.PublishPostAsync(open, "Public", tags: ["shared"]);
        var privatePost = await owner.Client.PublishPostAsync(closed, "Private", tags: ["Shared"]);

        foreach (var client in new[] { factory.CreateClient(), outsider.Client })
        {
            Assert.Equal([publicPost.Id], (await client.GetOkAsync<PostPageBody>("/api/tags/shared/posts")).Items.Select(p => p.Id));
            Assert.Equal([publicPost.Id], (await client.GetOkAsync<PostPageBody>("/api/tags/%23SHARED/posts")).Items.Select(p => p.Id));
            Assert.Equal([publicPost.Id], (await client.GetOkAsync<PostPageBody>($"/api/users/{owner.Id}/posts")).Items.Select(p => p.Id));
        }

        Assert.Equal([privatePost.Id, publicPost.Id], (await owner.Client.GetOkAsync<PostPageBody>("/api/tags/shared/posts")).Items.Select(p => p.Id));
        Assert.Equal([privatePost.Id, publicPost.Id], (await owner.Client.GetOkAsync<PostPageBody>($"/api/users/{owner.Id}/posts")).Items.Select(p => p.Id));
    }

    [Fact]
    public async Task Given_more_matches_than_the_last_served_page_Then_that_page_says_there_is_no_more()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await owner.Client.CreateGroupAsync();
        for (var i = 0; i < 12; i++)
        {
            await owner.Client.PublishPostAsync(groupId, $"Needle {i}", "A needle in a haystack.");
        }

        async Task<SearchBody> Page(int page) => await owner.Client.GetOkAsync<SearchBody>($"/api/search?q=needle&limit=1&page={page}");

        Assert.True((await Page(9)).HasMore);
        // Page 10 is the last one served: a page 11 would come back as page 10, so a client following HasMore would loop.
        var last = await Page(10);
        Assert.Equal(10, last.Page);
        Assert.Single(last.Items);
        Assert.False(last.HasMore);
        var beyond = await Page(11);
        Assert.Equal(10, beyond.Page);
        Assert.False(beyond.HasMore);
    }

    [Fact]
    public async Task Given_english_and_chinese_posts_When_searching_Then_words_and_chinese_substrings_are_found()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await owner.Client.CreateGroupAsync();
        var english = await owner.Client.PublishPostAsync(groupId, "Growing Tomatoes", "Water the tomatoes every morning.");
        var chinese = await owner.Client.PublishPostAsync(groupId, "测试帖子", "这是一个中文搜索测试的帖子。");
        var unrelated = await owner.Client.PublishPostAsync(groupId, "Unrelated", "Nothing to see.");
        var anonymous = factory.CreateClient();

        var tomatoes = await anonymous.GetOkAsync<SearchBody>("/api/search?q=TOMATOES");
        var searching = await anonymous.GetOkAsync<SearchBody>($"/api/search?q={Uri.EscapeDataString("搜索")}");
        var phrase = await anonymous.GetOkAsync<SearchBody>($"/api/search?q={Uri.EscapeDataString("中文搜索测试")}");
        var both = await anonymous.GetOkAsync<SearchBody>("/api/search?q=water+morning");

        Assert.Equal([english.Id], tomatoes.Items.Select(r => r.Post.Id));
        Assert.Equal([chinese.Id], searching.Items.Select(r => r.Post.Id));
        Assert.Contains("<mark>搜索</mark>", searching.Items[0].Snippet);
        Assert.Equal([chinese.Id], phrase.Items.Select(r => r.Post.Id));
        Assert.Equal([english.Id], both.Items.Select(r => r.Post.Id));
        Assert.DoesNotContain(unrelated.Id, tomatoes.Items.Select(r => r.Post.Id));
        using var empty = await anonymous.GetAsync("/api/search?q=%20");
        await empty.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "query_required");
    }

    [Fact]
    public async Task Given_posts_matching_more_and_less_often_Then_the_better_match_ranks_higher()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await owner.Client.CreateGroupAsync();
        var strong = await owner.Client.PublishPostAsync(groupId, "Kiwi guide", "Kiwi care: prune the kiwi vine, feed the kiwi, pick each kiwi late.");
        var weak = await owner.Client.PublishPostAsync(groupId, "Fruit notes", "Apples, pears, plums, cherries, grapes and one kiwi among many other fruit names here.");

        var result = await factory.CreateClient().GetOkAsync<SearchBody>("/api/search?q=kiwi");

        Assert.Equal([strong.Id, weak.Id], result.Items.Select(r => r.Post.Id));
        Assert.True(result.Items[0].Rank > result.Items[1].Rank, $"{result.Items[0].Rank} should exceed {result.Items[1].Rank}");
    }

    [Fact]
    public async Task Given_html_in_a_post_When_found_Then_the_snippet_marks_the_match_and_escapes_the_html()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await owner.Client.CreateGroupAsync();
        await owner.Client.PublishPostAsync(groupId, "Snippet", "Before <script>alert('x')</script> the walrus & <b>friends</b> after.");

        var result = await factory.CreateClient().GetOkAsync<SearchBody>("/api/search?q=walrus");

        var snippet = Assert.Single(result.Items).Snippet;
        Assert.Contains("<mark>walrus</mark>", snippet);
        Assert.DoesNotContain("<script", snippet, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", snippet, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", snippet);
        Assert.Contains("&amp;", snippet);
        Assert.DoesNotContain("<", snippet.Replace("<mark>", string.Empty, StringComparison.Ordinal).Replace("</mark>", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_private_group_post_When_an_outsider_searches_Then_it_is_never_returned_but_members_find_it()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var closed = await owner.Client.CreateGroupAsync("private", "invite");
        var open = await owner.Client.CreateGroupAsync();
        var outsider = await factory.CreateMemberAsync();
        var member = await factory.CreateMemberAsync();
        await owner.Client.InviteAndJoinAsync(closed, member);
        var secret = await owner.Client.PublishPostAsync(closed, "Secret platypus", "The platypus plan 秘密计划");
        var visible = await owner.Client.PublishPostAsync(open, "Public platypus", "Everyone sees this platypus");

        foreach (var query in new[] { "platypus", Uri.EscapeDataString("秘密") })
        {
            var anonymous = await factory.CreateClient().GetOkAsync<SearchBody>($"/api/search?q={query}");
            var outside = await outsider.Client.GetOkAsync<SearchBody>($"/api/search?q={query}");
            var inside = await member.Client.GetOkAsync<SearchBody>($"/api/search?q={query}");
            Assert.DoesNotContain(anonymous.Items, r => r.Post.Id == secret.Id);
            Assert.DoesNotContain(outside.Items, r => r.Post.Id == secret.Id);
            Assert.Contains(inside.Items, r => r.Post.Id == secret.Id);
        }

        Assert.Contains((await outsider.Client.GetOkAsync<SearchBody>("/api/search?q=platypus")).Items, r => r.Post.Id == visible.Id);
    }

    [Fact]
    public async Task Given_mentions_of_a_member_an_outsider_and_myself_Then_only_the_member_is_mentioned()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await owner.Client.CreateGroupAsync();
        var member = await factory.CreateMemberAsync();
        var outsider = await factory.CreateMemberAsync();
        await member.Client.JoinAsync(groupId);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await owner.RenameAsync($"Owner_{suffix}");
        await member.RenameAsync($"Member_{suffix}");
        await outsider.RenameAsync($"Outsider_{suffix}");

        var post = await owner.Client.PublishPostAsync(groupId, "Hello", $"Hi @Member_{suffix}, @Outsider_{suffix} and me @Owner_{suffix}.");
        var comment = await owner.Client.PostCommentAsync(post.Id, $"Again @Member_{suffix} @Member_{suffix} and @Outsider_{suffix}");
        await factory.DrainOutboxAsync();

        var mentions = factory.Events.Of<UserMentioned>();
        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m =>
        {
            Assert.Equal(member.Id, m.MentionedUserId);
            Assert.Equal(owner.Id, m.MentionedBy);
            Assert.Equal(groupId, m.GroupId);
            Assert.Equal(post.Id, m.PostId);
        });
        Assert.Equal(new Guid?[] { null, comment.Id }, mentions.Select(m => m.CommentId).OrderBy(id => id.HasValue));
    }
}
