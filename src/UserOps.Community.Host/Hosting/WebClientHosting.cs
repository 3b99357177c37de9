using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace UserOps.Community.Host.Hosting;

/// <summary>Serves the built single-page app (web-client/dist) at `/`, with index.html as the fallback for client routes.</summary>
internal static class WebClientHosting
{
    private static readonly string[] ServerPrefixes = ["/api", "/hubs", "/openapi", "/docs", "/health"];

    public static WebApplication UseWebClient(this WebApplication app)
    {
        if (ResolveRoot(app) is not { } root)
        {
            return app;
        }

        var files = new PhysicalFileProvider(root);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // Vite fingerprints everything under assets/, so those can be cached for good; index.html never.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                context.Context.Request.Path.StartsWithSegments("/assets") ? "public, max-age=31536000, immutable" : "no-cache",
        });
        return app;
    }

    public static WebApplication MapWebClientFallback(this WebApplication app)
    {
        if (ResolveRoot(app) is not { } root)
        {
            return app;
        }

        var index = new PhysicalFileProvider(root).GetFileInfo("index.html");
        app.MapFallback(async context =>
        {
            // Unknown server paths stay 404s; only client routes (/groups/x, /join/code, ...) get the app.
            if (ServerPrefixes.Any(prefix => context.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
                || !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
            await context.Response.SendFileAsync(index);
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>`WebClient:Path` when set, else web-client/dist next to the source tree; null when not built.</summary>
    private static string? ResolveRoot(WebApplication app)
    {
        var configured = app.Configuration["WebClient:Path"];
        var candidates = string.IsNullOrWhiteSpace(configured)
            ? new[] { Path.Combine(app.Environment.ContentRootPath, "wwwroot"), Path.Combine(app.Environment.ContentRootPath, "..", "..", "web-client", "dist") }
            : new[] { Path.GetFullPath(configured, app.Environment.ContentRootPath) };
        return candidates.Select(Path.GetFullPath).FirstOrDefault(path => File.Exists(Path.Combine(path, "index.html")));
    }
}
