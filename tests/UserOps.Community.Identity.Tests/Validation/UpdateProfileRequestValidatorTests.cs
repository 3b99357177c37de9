using UserOps.Community.Identity.Profile;

namespace UserOps.Community.Identity.Tests.Validation;

public sealed class UpdateProfileRequestValidatorTests
{
    private static readonly UpdateProfileRequest Nothing = new(null, null, null, null, null, null, null);

    private readonly UpdateProfileRequestValidator _validator = new();

    [Fact]
    public void Given_no_fields_Then_it_is_valid() => Assert.True(_validator.Validate(Nothing).IsValid);

    [Fact]
    public void Given_every_field_valid_Then_it_is_valid() =>
        Assert.True(_validator.Validate(new UpdateProfileRequest(
            "Ada", "Bio", "https://x.test/a.png", "America/New_York", "en", ["chess", "go"], "NYC")).IsValid);

    [Fact]
    public void Given_empty_strings_for_optional_fields_Then_they_are_valid_because_they_clear_the_field() =>
        Assert.True(_validator.Validate(Nothing with { Bio = "", AvatarUrl = "", Region = "" }).IsValid);

    // The request types are internal, so the theory is keyed by a readable case name.
    private static readonly Dictionary<string, (string Field, UpdateProfileRequest Request)> InvalidCases = new[]
    {
        (nameof(UpdateProfileRequest.DisplayName), Nothing with { DisplayName = " A " }),
        (nameof(UpdateProfileRequest.DisplayName), Nothing with { DisplayName = new string('A', 51) }),
        (nameof(UpdateProfileRequest.Bio), Nothing with { Bio = new string('b', 501) }),
        (nameof(UpdateProfileRequest.AvatarUrl), Nothing with { AvatarUrl = "javascript:alert(1)" }),
        (nameof(UpdateProfileRequest.AvatarUrl), Nothing with { AvatarUrl = "/relative.png" }),
        (nameof(UpdateProfileRequest.AvatarUrl), Nothing with { AvatarUrl = "https://x.test/" + new string('a', 2048) }),
        (nameof(UpdateProfileRequest.TimeZone), Nothing with { TimeZone = "Nowhere/Land" }),
        (nameof(UpdateProfileRequest.Locale), Nothing with { Locale = "de" }),
        (nameof(UpdateProfileRequest.Interests), Nothing with { Interests = [.. Enumerable.Range(0, 11).Select(i => $"i{i}")] }),
        ("Interests[0]", Nothing with { Interests = [""] }),
        ("Interests[1]", Nothing with { Interests = ["ok", new string('x', 33)] }),
        (nameof(UpdateProfileRequest.Region), Nothing with { Region = new string('r', 65) }),
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

    [Fact]
    public void Given_a_display_name_padded_to_a_valid_length_Then_the_trimmed_length_counts() =>
        Assert.False(_validator.Validate(Nothing with { DisplayName = "   A    " }).IsValid);
}
