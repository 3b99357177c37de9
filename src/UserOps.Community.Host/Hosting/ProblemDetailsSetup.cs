using System.Diagnostics;
using UserOps.Community.BuildingBlocks.Web;

namespace UserOps.Community.Host.Hosting;

internal static class ProblemDetailsSetup
{
    public static IServiceCollection AddCommunityProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            problem.Extensions.TryAdd(ApiProblems.CodeKey, ProblemCodes.CodeFor(status));
            problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
            problem.Instance ??= context.HttpContext.Request.Path;
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        return services;
    }
}
