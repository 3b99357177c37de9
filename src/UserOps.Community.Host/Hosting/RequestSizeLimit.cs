using UserOps.Community.BuildingBlocks.Web;

namespace UserOps.Community.Host.Hosting;

internal static class RequestSizeLimit
{
    public const string ConfigKey = "Api:MaxRequestBodyBytes";
    public const long DefaultBytes = 1024 * 1024;

    public static WebApplicationBuilder AddRequestSizeLimit(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
            kestrel.Limits.MaxRequestBodySize = context.Configuration.GetValue(ConfigKey, DefaultBytes));
        return builder;
    }
}

/// <summary>Refuses a declared oversized body up front (Kestrel also enforces the limit on chunked bodies).</summary>
internal sealed class RequestSizeLimitMiddleware(RequestDelegate next, IConfiguration configuration)
{
    private readonly long _limit = configuration.GetValue(RequestSizeLimit.ConfigKey, RequestSizeLimit.DefaultBytes);

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (context.Request.ContentLength > _limit)
        {
            await problems.WriteAsync(
                context, StatusCodes.Status413PayloadTooLarge, ProblemCodes.PayloadTooLarge, $"The request body may be at most {_limit} bytes.");
            return;
        }

        await next(context);
    }
}
