using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Platform;

public sealed class HostingTests
{
    [Fact]
    public async Task Given_a_running_host_Then_health_live_is_200()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();

        using var response = await factory.CreateClient().GetAsync("/health/live");

        await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_a_migrated_database_Then_health_ready_reports_database_migrations_and_outbox_healthy()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();

        using var response = await factory.CreateClient().GetAsync("/health/ready");

        await response.ShouldBeAsync(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var checks = body.GetProperty("checks");
        foreach (var check in new[] { "database", "migrations", "outbox" })
        {
            Assert.Equal("Healthy", checks.GetProperty(check).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task Given_an_unmigrated_database_Then_health_ready_is_503_naming_the_migrations()
    {
        await using var empty = await UserOps.Community.Testing.TestDatabases.CreateEmptyAsync();
        await using var factory = await CommunityApiFactory.CreateOnAsync(empty);

        using var response = await factory.CreateClient().GetAsync("/health/ready");

        await response.ShouldBeAsync(HttpStatusCode.ServiceUnavailable);
        var checks = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks");
        Assert.Equal("Unhealthy", checks.GetProperty("migrations").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_the_OpenAPI_document_Then_it_is_served_and_lists_the_auth_endpoints()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();

        using var response = await factory.CreateClient().GetAsync("/openapi/v1.json");

        await response.ShouldBeAsync(HttpStatusCode.OK);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/auth/register", "/api/auth/login", "/api/auth/refresh", "/api/auth/logout", "/api/me" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        }

        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _));
    }

    [Fact]
    public async Task Given_the_docs_page_Then_it_is_served()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();

        using var response = await factory.CreateClient().GetAsync("/docs");

        Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Redirect, $"/docs answered {response.StatusCode}");
    }
}
