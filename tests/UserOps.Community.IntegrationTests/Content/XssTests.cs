using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Content;

/// <summary>Hostile Markdown and HTML through post and comment bodies: the rendered HTML can never run script.</summary>
public sealed class XssTests
{
    private static readonly string[] Payloads =
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"x\" onerror=\"alert(1)\"/>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](  javascript:alert(1) )",
        "[click](java&#115;cript:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click](javascript&colon;alert(1))",
        "<javascript:alert(1)>",
        "![img](javascript:alert(1))",
        "![img](x \"onerror=alert(1)\")",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![data](data:text/html,<script>alert(1)</script>)",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "<div onmouseover=\"alert(1)\">hover</div>",
        "<body onload=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;script&#62;alert(1)&#60;/script&#62;",
        "**<img src=x onerror=alert(1)>**",
        "> <script>alert(1)</script>\n> [x](javascript:alert(1))",
        "- item <b onclick=alert(1)>bold</b>\n- [y](vbscript:msgbox(1))",
        "`<script>alert(1)</script>`\n\n```html\n<script>alert(1)</script>\n```",
        "[x](https://ok.example \"\" onmouseover=\"alert(1)\")",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(1)\">",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<a href=\"https://ok.example\" onclick=\"alert(1)\">ok</a>",
        "[a](https://ok.example)<img src=x onerror=alert(1)>[b](javascript:alert(1))",
    ];

    [Fact]
    public async Task Given_hostile_bodies_When_published_as_posts_and_comments_Then_the_rendered_html_cannot_run_script()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var author = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await author.Client.CreateGroupAsync();
        var host = await author.Client.PublishPostAsync(groupId, "Host", "Comments go here.");

        var failures = new List<string>();
        foreach (var payload in Payloads)
        {
            var post = await author.Client.PublishPostAsync(groupId, "XSS", payload);
            failures.AddRange(Unsafe(post.BodyHtml).Select(reason => $"post <{payload}>: {reason} in {post.BodyHtml}"));
            var fetched = await author.Client.GetOkAsync<PostBody>($"/api/posts/{post.Id}");
            failures.AddRange(Unsafe(fetched.BodyHtml).Select(reason => $"fetched post <{payload}>: {reason} in {fetched.BodyHtml}"));

            var comment = await author.Client.PostCommentAsync(host.Id, payload);
            failures.AddRange(Unsafe(comment.BodyHtml).Select(reason => $"comment <{payload}>: {reason} in {comment.BodyHtml}"));
        }

        var listed = await author.Client.GetOkAsync<CommentPageBody>($"/api/posts/{host.Id}/comments?limit=100");
        Assert.Equal(Payloads.Length, listed.Items.Count);
        failures.AddRange(listed.Items.SelectMany(c => Unsafe(c.BodyHtml).Select(reason => $"listed comment: {reason} in {c.BodyHtml}")));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Given_an_edit_with_a_hostile_body_When_saved_Then_the_rendered_html_is_sanitised_too()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var author = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await author.Client.CreateGroupAsync();
        var post = await author.Client.PublishPostAsync(groupId);
        var comment = await author.Client.PostCommentAsync(post.Id);

        using var edited = await author.Client.PatchAsJsonAsync($"/api/posts/{post.Id}", new { body = "<img src=x onerror=alert(1)> [x](javascript:alert(1))" });
        using var editedComment = await author.Client.PatchAsJsonAsync($"/api/comments/{comment.Id}", new { body = "<svg onload=alert(1)> [x](javascript:alert(1))" });

        await edited.ShouldBeAsync(HttpStatusCode.OK);
        await editedComment.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Empty(Unsafe((await edited.Content.ReadFromJsonAsync<PostBody>())!.BodyHtml));
        Assert.Empty(Unsafe((await editedComment.Content.ReadFromJsonAsync<CommentBody>())!.BodyHtml));
    }

    [Fact]
    public async Task Given_safe_markdown_from_a_member_with_the_links_privilege_Then_bold_and_https_links_still_render()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var author = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await author.Client.CreateGroupAsync();

        var post = await author.Client.PublishPostAsync(groupId, "Safe", "**bold** and *italic* and [docs](https://docs.example/path?q=1) and https://auto.example/x");

        Assert.Contains("<strong>bold</strong>", post.BodyHtml);
        Assert.Contains("<em>italic</em>", post.BodyHtml);
        var document = new HtmlParser().ParseDocument(post.BodyHtml);
        var links = document.QuerySelectorAll("a").ToList();
        Assert.Contains(links, a => a.GetAttribute("href") == "https://docs.example/path?q=1" && a.TextContent == "docs");
        Assert.Contains(links, a => a.GetAttribute("href") == "https://auto.example/x");
        Assert.All(links, a => Assert.Equal("nofollow ugc noopener noreferrer", a.GetAttribute("rel")));
        Assert.Empty(Unsafe(post.BodyHtml));
    }

    [Fact]
    public async Task Given_a_fresh_member_When_posting_a_link_Then_403_privilege_required()
    {
        await using var factory = await ContentApi.CreateFactoryAsync();
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var groupId = await owner.Client.CreateGroupAsync();
        var fresh = await factory.CreateMemberAsync();
        await fresh.Client.JoinAsync(groupId);

        using var response = await fresh.Client.PublishAsync(groupId, "Link", "see [x](javascript:alert(1)) or https://spam.example");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "privilege_required");
    }

    /// <summary>Reasons the HTML could run script; text that merely shows a payload (escaped) is fine.</summary>
    private static List<string> Unsafe(string html)
    {
        var reasons = new List<string>();
        foreach (var raw in new[] { "<script", "<iframe", "<svg", "<object", "<embed", "<style", "<math" })
        {
            if (html.Contains(raw, StringComparison.OrdinalIgnoreCase))
            {
                reasons.Add($"raw {raw}");
            }
        }

        var body = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>").Body!;
        foreach (var element in body.QuerySelectorAll("*"))
        {
            if (element.LocalName is "script" or "iframe" or "svg" or "object" or "embed" or "style" or "math" or "form" or "base" or "meta" or "link")
            {
                reasons.Add($"element {element.LocalName}");
            }

            foreach (var attribute in element.Attributes)
            {
                var value = new string([.. attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]).ToLowerInvariant();
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    reasons.Add($"handler {attribute.Name}");
                }

                if (value.Contains("javascript:", StringComparison.Ordinal) || value.Contains("vbscript:", StringComparison.Ordinal)
                    || value.Contains("data:", StringComparison.Ordinal) || attribute.Name is "srcdoc" or "style")
                {
                    reasons.Add($"attribute {attribute.Name}={attribute.Value}");
                }
            }
        }

        return reasons;
    }
}
