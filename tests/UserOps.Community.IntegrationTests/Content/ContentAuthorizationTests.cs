using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Content;

/// <summary>
/// Every Content route as anonymous, outsider, member (the author), group moderator, owner and site moderator.
/// In a private group an outsider learns nothing: every route answers 404, never 403.
/// </summary>
public sealed class ContentAuthorizationTests
{
    private const string MembershipRequired = "membership_required";
    private const string AuthorRequired = "author_required";
    private const string ModeratorRequired = "moderator_required";

    [Fact]
    public async Task Given_a_public_group_When_each_actor_calls_every_content_route_Then_only_members_write_authors_edit_and_moderators_moderate()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var scene = await ContentScene.CreateAsync(factory, isPrivate: false);

        var failures = await RunAsync(scene, await RoutesAsync(scene), isPrivate: false);

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Given_a_private_group_When_each_actor_calls_every_content_route_Then_outsiders_get_404_and_members_work_as_in_a_public_group()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var scene = await ContentScene.CreateAsync(factory, isPrivate: true);

        var failures = await RunAsync(scene, await RoutesAsync(scene), isPrivate: true);

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Given_a_private_group_When_an_outsider_reads_site_wide_feeds_and_search_Then_its_posts_are_absent()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var scene = await ContentScene.CreateAsync(factory, isPrivate: true);
        var post = await scene.Member.Client.PublishPostAsync(scene.GroupId, "Hidden zephyrword", "Private zephyrword body", ["hiddentag"]);

        foreach (var outsider in new[] { scene.Anonymous, scene.NonMember.Client })
        {
            Assert.DoesNotContain((await outsider.GetOkAsync<PostPageBody>("/api/tags/hiddentag/posts")).Items, p => p.Id == post.Id);
            Assert.DoesNotContain((await outsider.GetOkAsync<PostPageBody>($"/api/users/{scene.Member.Id}/posts")).Items, p => p.Id == post.Id);
            Assert.DoesNotContain((await outsider.GetOkAsync<SearchBody>("/api/search?q=zephyrword")).Items, r => r.Post.Id == post.Id);
        }

        Assert.DoesNotContain((await scene.NonMember.Client.GetOkAsync<PostPageBody>("/api/feed")).Items, p => p.Id == post.Id);
        foreach (var insider in new[] { scene.GroupModerator.Client, scene.SiteModerator.Client })
        {
            Assert.Contains((await insider.GetOkAsync<PostPageBody>("/api/tags/hiddentag/posts")).Items, p => p.Id == post.Id);
            Assert.Contains((await insider.GetOkAsync<PostPageBody>($"/api/users/{scene.Member.Id}/posts")).Items, p => p.Id == post.Id);
            Assert.Contains((await insider.GetOkAsync<SearchBody>("/api/search?q=zephyrword")).Items, r => r.Post.Id == post.Id);
        }
    }

    private static async Task<List<string>> RunAsync(ContentScene scene, IReadOnlyList<RouteCase> routes, bool isPrivate)
    {
        var failures = new List<string>();
        foreach (var route in routes)
        {
            foreach (var actor in Enum.GetValues<Actor>())
            {
                var expected = isPrivate ? route.InPrivateGroup(actor) : route.Expected[actor];
                using var request = await route.Request(scene);
                using var response = await scene.ClientOf(actor).SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var code = CodeOf(body);
                if (response.StatusCode != expected.Status || (expected.Code is not null && code != expected.Code))
                {
                    failures.Add($"{route.Name} as {actor}: expected {(int)expected.Status} {expected.Code}, got {(int)response.StatusCode} {code} {Truncate(body)}");
                }
            }
        }

        return failures;
    }

    private static async Task<IReadOnlyList<RouteCase>> RoutesAsync(ContentScene scene)
    {
        var author = scene.Member.Client;
        var post = await author.PublishPostAsync(scene.GroupId, "Matrix post", "Matrix body", ["matrix"]);
        var comment = await author.PostCommentAsync(post.Id, "Matrix comment");
        var g = scene.GroupId;

        async Task<Guid> FreshPost() => (await author.PublishPostAsync(g, "Fresh post", "Fresh body")).Id;
        async Task<Guid> FreshComment() => (await author.PostCommentAsync(post.Id, "Fresh comment")).Id;

        var reader = Matrix(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK);
        var contributor = Matrix(
            HttpStatusCode.Unauthorized, Forbidden(MembershipRequired), HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, Forbidden(MembershipRequired));
        var creator = Matrix(
            HttpStatusCode.Unauthorized, Forbidden(MembershipRequired), HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, Forbidden(MembershipRequired));
        var authorOnly = Matrix(
            HttpStatusCode.Unauthorized, Forbidden(AuthorRequired), HttpStatusCode.OK, Forbidden(AuthorRequired), Forbidden(AuthorRequired), Forbidden(AuthorRequired));
        var authorOrModerator = Matrix(
            HttpStatusCode.Unauthorized, Forbidden(ModeratorRequired), HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.NoContent);
        var moderatorOnly = Matrix(
            HttpStatusCode.Unauthorized, Forbidden(ModeratorRequired), Forbidden(ModeratorRequired), HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK);

        return
        [
            new("publish post", _ => Request(HttpMethod.Post, $"/api/groups/{g}/posts", new { title = "New", body = "Body" }), creator, "group_not_found"),
            new("group feed new", _ => Request(HttpMethod.Get, $"/api/groups/{g}/posts"), reader, "group_not_found", RequiresAuth: false),
            new("group feed hot", _ => Request(HttpMethod.Get, $"/api/groups/{g}/posts?sort=hot"), reader, "group_not_found", RequiresAuth: false),
            new("group feed top", _ => Request(HttpMethod.Get, $"/api/groups/{g}/posts?sort=top"), reader, "group_not_found", RequiresAuth: false),
            new("get post", _ => Request(HttpMethod.Get, $"/api/posts/{post.Id}"), reader, "post_not_found", RequiresAuth: false),
            new("edit post", _ => Request(HttpMethod.Patch, $"/api/posts/{post.Id}", new { title = "Edited" }), authorOnly, "post_not_found"),
            new("list revisions", _ => Request(HttpMethod.Get, $"/api/posts/{post.Id}/revisions"), reader, "post_not_found", RequiresAuth: false),
            new("remove post", async _ => Message(HttpMethod.Delete, $"/api/posts/{await FreshPost()}"), authorOrModerator, "post_not_found"),
            new("pin post", async _ => Message(HttpMethod.Post, $"/api/posts/{await FreshPost()}/pin"), moderatorOnly, "post_not_found"),
            new("unpin post", async _ => Message(HttpMethod.Delete, $"/api/posts/{await FreshPost()}/pin"), moderatorOnly, "post_not_found"),
            new("lock post", async _ => Message(HttpMethod.Post, $"/api/posts/{await FreshPost()}/lock"), moderatorOnly, "post_not_found"),
            new("unlock post", async _ => Message(HttpMethod.Delete, $"/api/posts/{await FreshPost()}/lock"), moderatorOnly, "post_not_found"),
            new("comment", _ => Request(HttpMethod.Post, $"/api/posts/{post.Id}/comments", new { body = "Hello" }), creator, "post_not_found"),
            new("reply", _ => Request(HttpMethod.Post, $"/api/posts/{post.Id}/comments", new { body = "Reply", parentCommentId = comment.Id }), creator, "post_not_found"),
            new("list comments", _ => Request(HttpMethod.Get, $"/api/posts/{post.Id}/comments"), reader, "post_not_found", RequiresAuth: false),
            new("list replies", _ => Request(HttpMethod.Get, $"/api/comments/{comment.Id}/replies"), reader, "comment_not_found", RequiresAuth: false),
            new("edit comment", _ => Request(HttpMethod.Patch, $"/api/comments/{comment.Id}", new { body = "Edited comment" }), authorOnly, "comment_not_found"),
            new("remove comment", async _ => Message(HttpMethod.Delete, $"/api/comments/{await FreshComment()}"), authorOrModerator, "comment_not_found"),
            new("react to post", _ => Request(HttpMethod.Put, $"/api/posts/{post.Id}/reactions/like"), contributor, "post_not_found"),
            new("unreact to post", _ => Request(HttpMethod.Delete, $"/api/posts/{post.Id}/reactions/like"), contributor, "post_not_found"),
            new("react to comment", _ => Request(HttpMethod.Put, $"/api/comments/{comment.Id}/reactions/love"), contributor, "comment_not_found"),
            new("unreact to comment", _ => Request(HttpMethod.Delete, $"/api/comments/{comment.Id}/reactions/love"), contributor, "comment_not_found"),
            new("home feed", _ => Request(HttpMethod.Get, "/api/feed"), Matrix(HttpStatusCode.Unauthorized, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), NotFoundCode: null),
            new("tag feed", _ => Request(HttpMethod.Get, "/api/tags/matrix/posts"), reader, NotFoundCode: null, RequiresAuth: false),
            new("user posts", _ => Request(HttpMethod.Get, $"/api/users/{scene.Member.Id}/posts"), reader, NotFoundCode: null, RequiresAuth: false),
            new("search", _ => Request(HttpMethod.Get, "/api/search?q=matrix"), reader, NotFoundCode: null, RequiresAuth: false),
        ];
    }

    private static Dictionary<Actor, Expect> Matrix(Expect anonymous, Expect nonMember, Expect member, Expect groupModerator, Expect owner, Expect siteModerator) => new()
    {
        [Actor.Anonymous] = anonymous,
        [Actor.NonMember] = nonMember,
        [Actor.Member] = member,
        [Actor.GroupModerator] = groupModerator,
        [Actor.Owner] = owner,
        [Actor.SiteModerator] = siteModerator,
    };

    private static Expect Forbidden(string code) => new(HttpStatusCode.Forbidden, code);

    private static Task<HttpRequestMessage> Request(HttpMethod method, string path, object? body = null) => Task.FromResult(Message(method, path, body));

    private static HttpRequestMessage Message(HttpMethod method, string path, object? body = null) =>
        new(method, path) { Content = body is null ? null : JsonContent.Create(body) };

    private static string? CodeOf(string body)
    {
        if (!body.StartsWith('{'))
        {
            return null;
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null;
    }

    private static string Truncate(string body) => body.Length <= 200 ? body : body[..200];

    private sealed record Expect(HttpStatusCode Status, string? Code = null)
    {
        public static implicit operator Expect(HttpStatusCode status) => new(status);
    }

    /// <param name="NotFoundCode">What an outsider gets from a private group's route; null for site-wide routes, which filter instead.</param>
    private sealed record RouteCase(
        string Name, Func<ContentScene, Task<HttpRequestMessage>> Request, Dictionary<Actor, Expect> Expected, string? NotFoundCode, bool RequiresAuth = true)
    {
        public Expect InPrivateGroup(Actor actor) => actor switch
        {
            Actor.Anonymous when RequiresAuth => HttpStatusCode.Unauthorized,
            Actor.Anonymous or Actor.NonMember when NotFoundCode is not null => new Expect(HttpStatusCode.NotFound, NotFoundCode),
            _ => Expected[actor],
        };
    }
}
