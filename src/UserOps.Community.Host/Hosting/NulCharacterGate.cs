using UserOps.Community.BuildingBlocks.Web;

namespace UserOps.Community.Host.Hosting;

/// <summary>
/// Refuses U+0000 in the query string with a 400: PostgreSQL refuses it in any text parameter, which would otherwise
/// surface as a 500 from whichever query first received it. Kestrel already refuses it in the path; bodies are checked
/// by the validation filter.
/// </summary>
internal sealed class NulCharacterGate(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        // The raw query string: a NUL can only arrive percent-encoded.
        if (context.Request.QueryString.Value?.Contains("%00", StringComparison.Ordinal) == true)
        {
            await problems.WriteAsync(
                context, StatusCodes.Status400BadRequest, ProblemCodes.MalformedRequest, "The query string may not contain the NUL character (%00).");
            return;
        }

        await next(context);
    }
}
