using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Platform;

/// <summary>Feed pages are written by generated serializers (ADR 0057): the bytes and the API description must not change.</summary>
public sealed class GeneratedJsonTests
{
    [Fact]
    public async Task Given_a_page_with_every_kind_of_field_Then_the_generated_writer_writes_the_bytes_the_API_options_write()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var apiOptions = factory.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var page = new CursorPage<SampleSummary>(
        [
            new(Guid.NewGuid(), new SampleAuthor(Guid.NewGuid(), "林小雨 <b>&'\"", null), "周末读书会 📚", ["读书", "c#"],
                new DateTime(2026, 11, 30, 8, 15, 30, 123, DateTimeKind.Utc), null, true, 3,
                new Dictionary<string, int> { ["like"] = 2, ["celebrate"] = 1 }, ["like"]),
            new(Guid.Empty, new SampleAuthor(Guid.NewGuid(), "Ada", "https://x.test/a.png?x=1&y=2"), string.Empty, [],
                new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), new DateTime(2026, 1, 2, 3, 5, 0, DateTimeKind.Utc), false, 0,
                new Dictionary<string, int>(), []),
        ], "next\u2028cursor");

        var context = new DefaultHttpContext { RequestServices = factory.Services };
        using var body = new MemoryStream();
        context.Response.Body = body;
        await new GeneratedJsonOk<CursorPage<SampleSummary>>(page, SampleJson.Default.CursorPageSampleSummary).ExecuteAsync(context);

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", context.Response.ContentType);
        Assert.Equal(JsonSerializer.Serialize(page, apiOptions), System.Text.Encoding.UTF8.GetString(body.ToArray()));
    }

    [Fact]
    public async Task Given_the_API_description_Then_feed_pages_are_described_as_before()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();

        using var response = await factory.CreateClient().GetAsync("/openapi/v1.json");

        await response.ShouldBeAsync(HttpStatusCode.OK);
        var paths = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paths");
        Assert.EndsWith("/CursorPageOfPostSummary", SchemaOf(paths, "/api/feed"));
        Assert.EndsWith("/CursorPageOfPostSummary", SchemaOf(paths, "/api/tags/{tag}/posts"));
        Assert.EndsWith("/CursorPageOfPostSummary", SchemaOf(paths, "/api/users/{userId}/posts"));
        Assert.EndsWith("/GroupFeedResponse", SchemaOf(paths, "/api/groups/{groupId}/posts"));
    }

    private static string SchemaOf(JsonElement paths, string path) =>
        paths.GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content")
            .GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
}

public sealed record SampleAuthor(Guid Id, string DisplayName, string? AvatarUrl);

public sealed record SampleSummary(
    Guid Id,
    SampleAuthor Author,
    string Title,
    IReadOnlyList<string> Tags,
    DateTime CreatedAt,
    DateTime? EditedAt,
    bool IsPinned,
    int CommentCount,
    IReadOnlyDictionary<string, int> Reactions,
    IReadOnlyList<string> MyReactions);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CursorPage<SampleSummary>))]
internal sealed partial class SampleJson : JsonSerializerContext;
