using System.Net;
using System.Net.Http.Json;
using UserOps.Community.IntegrationTests.Content;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Platform;

/// <summary>U+0000 is refused as input on every provider: PostgreSQL cannot store it, so it must never reach a query.</summary>
public sealed class NulCharacterTests
{
    [Theory]
    [InlineData("title")]
    [InlineData("body")]
    [InlineData("tags")]
    public async Task Given_a_NUL_in_a_post_field_Then_400_names_the_field_and_nothing_is_stored(string field)
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var groupId = await admin.CreateGroupAsync();
        object body = field switch
        {
            "title" => new { title = "Hello\0world", body = "Fine.", tags = Array.Empty<string>() },
            "body" => new { title = "Hello", body = "Fine\0not.", tags = Array.Empty<string>() },
            _ => new { title = "Hello", body = "Fine.", tags = new[] { "ok", "n\0ul" } },
        };

        using var response = await admin.PostAsJsonAsync($"/api/groups/{groupId}/posts", body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.Errors.Keys);
        Assert.Equal("invalid", problem.Body.GetProperty("fieldErrors").GetProperty(field)[0].GetProperty("code").GetString());
        Assert.Empty((await admin.GetOkAsync<GroupFeedBody>($"/api/groups/{groupId}/posts")).Items);
    }

    [Theory]
    [InlineData("/api/groups?query=a%00b")]
    [InlineData("/api/groups?tag=a%00b")]
    [InlineData("/api/search?q=a%00b")]
    [InlineData("/api/tags/dotnet/posts?cursor=a%00b")]
    public async Task Given_a_NUL_in_the_query_string_Then_400_malformed_request(string path)
    {
        await using var factory = await CommunityApiFactory.CreateAsync();

        using var response = await factory.CreateClient().GetAsync(path);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "malformed_request");
    }
}
