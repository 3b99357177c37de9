using System.Buffers.Text;
using System.Net;
using System.Text;
using UserOps.Community.IntegrationTests.Content;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Platform;

/// <summary>A cursor is opaque but not trusted: a well-formed one whose time is out of range is a 400, never a 500.</summary>
public sealed class ForgedCursorTests
{
    [Theory]
    [InlineData(-1L)]
    [InlineData(long.MaxValue)]
    public async Task Given_a_cursor_whose_time_is_out_of_range_Then_every_time_ordered_list_answers_400_invalid_cursor(long ticks)
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var groupId = await admin.CreateGroupAsync();
        var post = await admin.PublishPostAsync(groupId);
        var comment = await admin.PostCommentAsync(post.Id);
        var cursor = Uri.EscapeDataString(Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{ticks}:{Guid.NewGuid():N}")));
        string[] lists =
        [
            "/api/feed", $"/api/groups/{groupId}/posts?sort=new", "/api/tags/dotnet/posts", $"/api/users/{post.Author.Id}/posts",
            "/api/groups", $"/api/groups/{groupId}/members", $"/api/posts/{post.Id}/comments", $"/api/comments/{comment.Id}/replies",
            "/api/me/notifications", "/api/me/points/ledger", $"/api/users/{post.Author.Id}/points/ledger", "/api/me/referrals",
            "/api/me/invites", "/api/admin/invites", "/api/challenges",
        ];

        foreach (var list in lists)
        {
            using var response = await admin.GetAsync($"{list}{(list.Contains('?', StringComparison.Ordinal) ? '&' : '?')}cursor={cursor}");
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{list}: {(int)response.StatusCode}");
            await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid_cursor");
        }
    }

    public static TheoryData<string, long, HttpStatusCode> ScoreCursors => new()
    {
        // Top keeps an int in the key and hot a double's bits: odd keys are real positions, except bits that are no finite double.
        { "top", long.MaxValue, HttpStatusCode.OK },
        { "top", -1, HttpStatusCode.OK },
        { "hot", BitConverter.DoubleToInt64Bits(-1e300), HttpStatusCode.OK },
        { "hot", BitConverter.DoubleToInt64Bits(double.NaN), HttpStatusCode.BadRequest },
        { "hot", BitConverter.DoubleToInt64Bits(double.PositiveInfinity), HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(ScoreCursors))]
    public async Task Given_a_score_cursor_Then_the_group_feed_pages_on_or_answers_400_for_bits_that_are_no_score(string sort, long key, HttpStatusCode expected)
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var groupId = await admin.CreateGroupAsync();
        await admin.PublishPostAsync(groupId);
        var cursor = Uri.EscapeDataString(Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{key}:{Guid.NewGuid():N}")));

        using var response = await admin.GetAsync($"/api/groups/{groupId}/posts?sort={sort}&cursor={cursor}");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.BadRequest)
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid_cursor");
        }
    }
}
