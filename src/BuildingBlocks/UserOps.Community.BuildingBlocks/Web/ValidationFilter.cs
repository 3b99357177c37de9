using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace UserOps.Community.BuildingBlocks.Web;

public static class ValidationFilter
{
    /// <summary>Validates the endpoint's <typeparamref name="TRequest"/> argument with its FluentValidation validator.</summary>
    public static RouteHandlerBuilder Validate<TRequest>(this RouteHandlerBuilder builder)
    {
        builder.AddEndpointFilter(async (context, next) =>
        {
            var request = context.Arguments.OfType<TRequest>().FirstOrDefault();
            if (request is null)
            {
                return ApiProblems.BadRequest(ProblemCodes.MalformedRequest, "A JSON request body is required.");
            }

            if (InputGuards.Find(request) is { } unusable)
            {
                var field = JsonNamingPolicy.CamelCase.ConvertName(unusable.Property);
                return unusable.IsNulCharacter
                    ? ApiProblems.Validation(field, FieldErrorCodes.Invalid, "Text may not contain the NUL character (U+0000).")
                    : ApiProblems.Validation(field, FieldErrorCodes.Required, "A list may not contain null items.");
            }

            var validator = context.HttpContext.RequestServices.GetRequiredService<IValidator<TRequest>>();
            var result = await validator.ValidateAsync(request, context.HttpContext.RequestAborted);
            if (!result.IsValid)
            {
                return ApiProblems.Validation(result.Errors);
            }

            return await next(context);
        });
        return builder.ProducesValidationProblem();
    }
}
