using System.Globalization;
using System.Text.Json;
using FluentValidation.Results;

namespace UserOps.Community.BuildingBlocks.Web;

/// <summary>
/// Stable per-field error codes (with their arguments) beside the English messages of a validation problem, so the
/// web client can show each field's error in the member's language.
/// </summary>
public static class FieldErrorCodes
{
    public const string ExtensionKey = "fieldErrors";
    public const string Required = "required";
    public const string MaxLength = "max_length";
    public const string MinLength = "min_length";
    public const string Length = "length";
    public const string Email = "email";
    public const string Between = "between";
    public const string GreaterThan = "greater_than";
    public const string AtLeast = "at_least";
    public const string LessThan = "less_than";
    public const string AtMost = "at_most";
    public const string NotEqual = "not_equal";
    public const string Format = "format";
    public const string NotAllowed = "not_allowed";
    public const string MustBeFuture = "must_be_future";
    public const string Invalid = "invalid";

    // FluentValidation's built-in validator codes; a rule's own WithErrorCode("snake_case") passes through unchanged.
    private static readonly Dictionary<string, string> BuiltIn = new(StringComparer.Ordinal)
    {
        ["NotEmptyValidator"] = Required,
        ["NotNullValidator"] = Required,
        ["MaximumLengthValidator"] = MaxLength,
        ["MinimumLengthValidator"] = MinLength,
        ["LengthValidator"] = Length,
        ["ExactLengthValidator"] = Length,
        ["EmailValidator"] = Email,
        ["InclusiveBetweenValidator"] = Between,
        ["ExclusiveBetweenValidator"] = Between,
        ["GreaterThanValidator"] = GreaterThan,
        ["GreaterThanOrEqualValidator"] = AtLeast,
        ["LessThanValidator"] = LessThan,
        ["LessThanOrEqualValidator"] = AtMost,
        ["NotEqualValidator"] = NotEqual,
        ["RegularExpressionValidator"] = Format,
        ["EnumValidator"] = NotAllowed,
        ["StringEnumValidator"] = NotAllowed,
    };

    // Placeholders a translated message may use; the rest (property name and value) stay out of the response.
    private static readonly string[] Arguments = ["MaxLength", "MinLength", "From", "To", "ComparisonValue"];

    public static string CodeFor(string? errorCode) =>
        errorCode is null ? Invalid
        : BuiltIn.TryGetValue(errorCode, out var code) ? code
        : errorCode.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_') ? errorCode
        : Invalid;

    public static FieldError From(ValidationFailure failure)
    {
        var args = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var name in Arguments)
        {
            if (failure.FormattedMessagePlaceholderValues?.TryGetValue(name, out var value) == true && value is not null)
            {
                args[JsonNamingPolicy.CamelCase.ConvertName(name)] = Simple(value);
            }
        }

        return new FieldError(CodeFor(failure.ErrorCode), args);
    }

    // Numbers stay numbers; dates and the rest become invariant text the client can print as is.
    private static object Simple(object value) => value switch
    {
        int or long or short or byte or decimal or double or float => value,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}

/// <summary>One field's failure as a stable code and the arguments its translated message needs.</summary>
public sealed record FieldError(string Code, IReadOnlyDictionary<string, object?> Args)
{
    public static readonly IReadOnlyDictionary<string, object?> NoArgs = new Dictionary<string, object?>();
}
