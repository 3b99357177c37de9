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

    public static ValidationProblem Validation(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "One or more fields are invalid.", extensions: new Dictionary<string, object?> { [CodeKey] = ProblemCodes.ValidationFailed });
}
