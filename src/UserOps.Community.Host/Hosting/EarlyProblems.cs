using UserOps.Community.BuildingBlocks.Web;

namespace UserOps.Community.Host.Hosting;

/// <summary>Problem responses written by middleware, before any endpoint runs: same shape and codes as the endpoints'.</summary>
internal static class EarlyProblems
{
    public static ValueTask WriteAsync(this IProblemDetailsService problems, HttpContext context, int status, string code, string detail)
    {
        context.Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = status,
                Title = ProblemCodes.TitleFor(status),
                Detail = detail,
                Extensions = { [ApiProblems.CodeKey] = code },
            },
        });
    }
}
