using System.Net;
using System.Net.Http.Json;
using System.Text;
using UserOps.Community.IntegrationTests.Content;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Platform;

/// <summary>A missing list or a null item in one is a 400 naming the field, never a 500 from a validator that read it.</summary>
public sealed class NullInputTests
{
    [Theory]
    [InlineData("PUT", "/api/admin/levels", """{}""", "levels")]
    [InlineData("PUT", "/api/admin/levels", """{"levels":[null]}""", "levels")]
    [InlineData("PUT", "/api/me/notification-preferences", """{"preferences":null}""", "preferences")]
    [InlineData("PUT", "/api/me/notification-preferences", """{"preferences":[null]}""", "preferences")]
    public async Task Given_a_missing_list_or_a_null_item_Then_400_names_the_list(string method, string path, string json, string field)
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();

        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        using var response = await admin.SendAsync(request);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.Errors.Keys);
    }

    [Fact]
    public async Task Given_null_items_in_a_post_s_tags_Then_400_and_nothing_is_stored()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var groupId = await admin.CreateGroupAsync();

        using var response = await admin.PostAsJsonAsync($"/api/groups/{groupId}/posts", new { title = "Hello", body = "Words.", tags = new[] { "ok", null } });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("tags", problem.Errors.Keys);
        Assert.Empty((await admin.GetOkAsync<GroupFeedBody>($"/api/groups/{groupId}/posts")).Items);
    }
}
