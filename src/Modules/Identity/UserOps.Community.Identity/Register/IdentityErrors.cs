using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using UserOps.Community.BuildingBlocks.Web;

namespace UserOps.Community.Identity.Register;

/// <summary>Maps Identity's error codes onto our problem responses: duplicates are 409, the rest are field errors.</summary>
internal static class IdentityErrors
{
    public const string EmailTaken = "email_taken";
    public const string InviteInvalidCode = "invite_invalid";

    public static bool IsDuplicate(IdentityResult result) =>
        result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName");

    public static ProblemHttpResult Duplicate() =>
        ApiProblems.Conflict(EmailTaken, "An account with this email already exists.");

    /// <summary>400 invite_invalid with the reason (not_found, expired, exhausted, revoked, ...): the client offers to register without it.</summary>
    public static ProblemHttpResult InviteInvalid(string? reason) => ApiProblems.Problem(
        StatusCodes.Status400BadRequest,
        InviteInvalidCode,
        "The invite code cannot be used; register without it or ask for a new one.",
        new Dictionary<string, object?> { ["reason"] = reason ?? "not_found" });

    // Identity's codes (PasswordTooShort, InvalidEmail, ...) become the client's snake_case field codes.
    public static ValidationProblem Validation(IdentityResult result)
    {
        var byField = result.Errors.GroupBy(e => FieldFor(e.Code)).ToList();
        return ApiProblems.Validation(
            byField.ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()),
            byField.ToDictionary(g => g.Key, g => g.Select(e => new FieldError(JsonNamingPolicy.SnakeCaseLower.ConvertName(e.Code), FieldError.NoArgs)).ToArray()));
    }

    private static string FieldFor(string code) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => "password",
        _ when code.Contains("Email", StringComparison.Ordinal) => "email",
        _ when code.Contains("UserName", StringComparison.Ordinal) => "email",
        _ when code.Contains("Role", StringComparison.Ordinal) => "roles",
        _ => "request",
    };
}
