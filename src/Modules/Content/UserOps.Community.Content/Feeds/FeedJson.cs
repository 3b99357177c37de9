using System.Text.Json;
using System.Text.Json.Serialization;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Content.Posts;

namespace UserOps.Community.Content.Feeds;

/// <summary>Feed pages' JSON, generated at build time with the web defaults the rest of the API uses (ADR 0057).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CursorPage<PostSummary>))]
[JsonSerializable(typeof(GroupFeedResponse))]
internal sealed partial class FeedJson : JsonSerializerContext
{
    public static GeneratedJsonOk<CursorPage<PostSummary>> Ok(CursorPage<PostSummary> page) => new(page, Default.CursorPagePostSummary);

    public static GeneratedJsonOk<GroupFeedResponse> Ok(GroupFeedResponse page) => new(page, Default.GroupFeedResponse);
}
