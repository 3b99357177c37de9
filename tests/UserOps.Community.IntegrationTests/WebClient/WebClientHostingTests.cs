using System.Net;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.WebClient;

/// <summary>The host serves a built web client at `/` with index.html as the fallback for client routes only.</summary>
public sealed class WebClientHostingTests : IAsyncLifetime
{
    private readonly string _dist = Path.Combine(Path.GetTempPath(), "webclient-" + Guid.NewGuid().ToString("N"));
    private CommunityApiFactory _factory = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_dist, "assets"));
        await File.WriteAllTextAsync(Path.Combine(_dist, "index.html"), "<!doctype html><div id=\"root\">spa-index</div>");
        await File.WriteAllTextAsync(Path.Combine(_dist, "assets", "app-1234.js"), "console.log('spa-asset')");
        _factory = await CommunityApiFactory.CreateAsync(o => o.Settings["WebClient:Path"] = _dist);
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        Directory.Delete(_dist, recursive: true);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/groups/general")]
    [InlineData("/join/ABC123")]
    [InlineData("/console/rules")]
    public async Task Given_a_client_route_Then_index_html_is_served_uncached(string path)
    {
        using var response = await _factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("spa-index", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [Fact]
    public async Task Given_a_fingerprinted_asset_Then_it_is_served_with_an_immutable_cache()
    {
        using var response = await _factory.CreateClient().GetAsync("/assets/app-1234.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("spa-asset", await response.Content.ReadAsStringAsync());
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/api/no-such-endpoint")]
    [InlineData("/hubs/no-such-hub")]
    [InlineData("/openapi/v2.json")]
    [InlineData("/health/other")]
    public async Task Given_an_unknown_server_path_Then_it_is_a_404_not_the_app(string path)
    {
        using var response = await _factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("spa-index", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Given_an_api_endpoint_Then_the_app_does_not_shadow_it()
    {
        using var response = await _factory.CreateClient().GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
