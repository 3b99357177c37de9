using System.Text.Json;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace UserOps.Community.BuildingBlocks.Web;

/// <summary>RFC 9457 problem responses carrying a stable `code` that the web client translates.</summary>
public static class ApiProblems
{
    public const string CodeKey = "code";

    public static ProblemHttpResult Problem(int status, string code, string detail, IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>()) { [CodeKey] = code };
        return TypedResults.Problem(detail: detail, statusCode: status, title: ProblemCodes.TitleFor(status), extensions: all);
    }

    public static ProblemHttpResult BadRequest(string code, string detail) => Problem(StatusCodes.Status400BadRequest, code, detail);

    public static ProblemHttpResult Forbidden(string code, string detail) => Problem(StatusCodes.Status403Forbidden, code, detail);

    public static ProblemHttpResult NotFound(string code, string detail) => Problem(StatusCodes.Status404NotFound, code, detail);

    public static ProblemHttpResult Conflict(string code, string detail) => Problem(StatusCodes.Status409Conflict, code, detail);

    /// <summary>403 when the member's level does not grant a privilege; says which level does.</summary>
    public static ProblemHttpResult PrivilegeRequired(string privilege, int? requiredLevel) => Problem(
        StatusCodes.Status403Forbidden,
        "privilege_required",
        requiredLevel is { } level ? $"This needs the '{privilege}' privilege, which comes with level {level}." : $"This needs the '{privilege}' privilege.",
        new Dictionary<string, object?> { ["privilege"] = privilege, ["requiredLevel"] = requiredLevel });

    /// <summary>One hand-written field error with its stable code and the arguments its translation needs.</summary>
    public static ValidationProblem Validation(string field, string code, string message, IReadOnlyDictionary<string, object?>? args = null) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] }, new Dictionary<string, FieldError[]> { [field] = [new FieldError(code, args ?? FieldError.NoArgs)] });

    /// <summary>FluentValidation failures keyed by JSON field name (camelCase), with stable codes for the client.</summary>
    public static ValidationProblem Validation(IEnumerable<ValidationFailure> failures)
    {
        // Field names as the client sent them (camelCase JSON), not as C# spells them.
        var byField = failures.GroupBy(f => JsonNamingPolicy.CamelCase.ConvertName(f.PropertyName)).ToList();
        return Validation(
            byField.ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).ToArray()),
            byField.ToDictionary(g => g.Key, g => g.Select(FieldErrorCodes.From).ToArray()));
    }

    /// <summary>English messages and their stable codes, both keyed by JSON field name.</summary>
    public static ValidationProblem Validation(IDictionary<string, string[]> errors, IDictionary<string, FieldError[]> fieldErrors) =>
        TypedResults.ValidationProblem(errors, title: "One or more fields are invalid.", extensions: new Dictionary<string, object?>
        {
            [CodeKey] = ProblemCodes.ValidationFailed,
            [FieldErrorCodes.ExtensionKey] = fieldErrors,
        });
}
