using UserOps.Community.Identity.Register;

namespace UserOps.Community.Identity.Tests.Validation;

public sealed class RegisterRequestValidatorTests
{
    private static readonly RegisterRequest Valid = new("ada@x.test", "Passw0rd!", "Ada", "Asia/Shanghai", "zh-CN", "FRIEND");

    private readonly RegisterRequestValidator _validator = new();

    [Fact]
    public void Given_a_complete_request_Then_it_is_valid() => Assert.True(_validator.Validate(Valid).IsValid);

    [Fact]
    public void Given_only_the_required_fields_Then_it_is_valid() =>
        Assert.True(_validator.Validate(Valid with { TimeZone = null, Locale = null, InviteCode = null }).IsValid);

    // The request types are internal, so the theory is keyed by a readable case name.
    private static readonly Dictionary<string, (string Field, RegisterRequest Request)> InvalidCases = new[]
    {
        (nameof(RegisterRequest.Email), Valid with { Email = "" }),
        (nameof(RegisterRequest.Email), Valid with { Email = "not-an-email" }),
        (nameof(RegisterRequest.Email), Valid with { Email = new string('a', 250) + "@x.test" }),
        (nameof(RegisterRequest.Password), Valid with { Password = "" }),
        (nameof(RegisterRequest.Password), Valid with { Password = new string('P', 129) }),
        (nameof(RegisterRequest.DisplayName), Valid with { DisplayName = "" }),
        (nameof(RegisterRequest.DisplayName), Valid with { DisplayName = "A" }),
        (nameof(RegisterRequest.DisplayName), Valid with { DisplayName = new string('A', 51) }),
        (nameof(RegisterRequest.TimeZone), Valid with { TimeZone = "Mars/Olympus_Mons" }),
        (nameof(RegisterRequest.TimeZone), Valid with { TimeZone = "" }),
        (nameof(RegisterRequest.Locale), Valid with { Locale = "fr" }),
        (nameof(RegisterRequest.Locale), Valid with { Locale = "zh-cn" }),
        (nameof(RegisterRequest.InviteCode), Valid with { InviteCode = new string('I', 65) }),
    }.Select((c, i) => (Name: $"{i:00} {c.Item1}", Case: c)).ToDictionary(c => c.Name, c => c.Case);

    public static TheoryData<string> Invalid => [.. InvalidCases.Keys];

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Given_an_invalid_field_Then_the_error_names_it(string name)
    {
        var (field, request) = InvalidCases[name];
        var result = _validator.Validate(request);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.PropertyName == field);
    }
}
