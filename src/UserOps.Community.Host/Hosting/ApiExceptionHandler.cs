using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;

namespace UserOps.Community.Host.Hosting;

/// <summary>Turns exceptions into problem responses with a stable code; stack traces never reach the client.</summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problemDetails, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, code, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (StatusCodes.Status413PayloadTooLarge, ProblemCodes.PayloadTooLarge, "The request body is too large."),
            BadHttpRequestException bad =>
                (bad.StatusCode, ProblemCodes.MalformedRequest, "The request could not be read: check that the body is valid JSON with the expected field types."),
            // Text that reached PostgreSQL past the checks in front (a NUL in a body without a validator): the client's input.
            _ when exception.IsUnstorableText() =>
                (StatusCodes.Status400BadRequest, ProblemCodes.MalformedRequest, "Text may not contain the NUL character (U+0000)."),
            DbUpdateConcurrencyException =>
                (StatusCodes.Status409Conflict, ProblemCodes.Conflict, "The resource was changed at the same time; reload and try again."),
            DbUpdateException db when db.IsUniqueViolation() =>
                (StatusCodes.Status409Conflict, ProblemCodes.Conflict, "This would duplicate something that already exists."),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested =>
                (499, "client_closed_request", "The client closed the request."),
            _ => (StatusCodes.Status500InternalServerError, ProblemCodes.InternalError, "Something went wrong on our side; it has been logged."),
        };

        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = ProblemCodes.TitleFor(status),
                Detail = detail,
                Extensions = { [ApiProblems.CodeKey] = code },
            },
        });
    }
}
