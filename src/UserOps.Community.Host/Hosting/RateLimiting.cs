using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using UserOps.Community.BuildingBlocks.Web;

namespace UserOps.Community.Host.Hosting;

internal sealed class RateLimitOptions
{
    public const string SectionName = "RateLimiting";

    public WindowLimit Auth { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) };

    public WindowLimit Writes { get; set; } = new() { PermitLimit = 120, Window = TimeSpan.FromMinutes(1) };

    internal sealed class WindowLimit
    {
        public int PermitLimit { get; set; }

        public TimeSpan Window { get; set; }

        public FixedWindowRateLimiterOptions ToLimiterOptions() =>
            new() { PermitLimit = PermitLimit, Window = Window, QueueLimit = 0, AutoReplenishment = true };
    }
}

internal static class RateLimiting
{
    public static IServiceCollection AddCommunityRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName);
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>((options, limits) =>
        {
            var auth = limits.Value.Auth;
            var writes = limits.Value.Writes;
            options.AddPolicy(RateLimitPolicies.Auth, context => RateLimitPartition.GetFixedWindowLimiter(
                $"ip:{context.Connection.RemoteIpAddress}", _ => auth.ToLimiterOptions()));

            // Every write by a signed-in member counts against that member; reads are not limited here.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var method = context.Request.Method;
                var isWrite = HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);
                var userId = context.User.FindUserId();
                return isWrite && userId is { } id
                    ? RateLimitPartition.GetFixedWindowLimiter($"user:{id}", _ => writes.ToLimiterOptions())
                    : RateLimitPartition.GetNoLimiter("unlimited");
            });
            options.OnRejected = WriteRejectionAsync;
        });
        return services;
    }

    // The limiter's default is a bare 503; clients need 429, Retry-After and a problem body.
    private static async ValueTask WriteRejectionAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(
            context.HttpContext, StatusCodes.Status429TooManyRequests, ProblemCodes.RateLimited, "Too many requests; slow down and retry after the time in Retry-After.");
    }
}
