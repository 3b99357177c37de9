using FluentValidation;
using UserOps.Community.BuildingBlocks.Web;

namespace UserOps.Community.BuildingBlocks.Tests.Web;

public sealed class FieldErrorCodesTests
{
    private sealed record Draft(string Name, int Points, string? Channel);

    private sealed class DraftValidator : AbstractValidator<Draft>
    {
        public DraftValidator()
        {
            RuleFor(d => d.Name).NotEmpty().MaximumLength(5);
            RuleFor(d => d.Points).InclusiveBetween(1, 10);
            RuleFor(d => d.Channel).Must(c => c is null).WithMessage("No channels.").WithErrorCode("channel_format");
        }
    }

    [Fact]
    public void Given_built_in_rules_Then_each_failure_has_a_stable_code_and_only_the_arguments_its_message_needs()
    {
        var failures = new DraftValidator().Validate(new Draft("Too long", 0, "x")).Errors;

        var codes = failures.Select(FieldErrorCodes.From).ToList();

        Assert.Equal(["max_length", "between", "channel_format"], codes.Select(c => c.Code));
        Assert.Equal(5, codes[0].Args["maxLength"]);
        Assert.Equal(["from", "to"], codes[1].Args.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(codes[2].Args);
    }

    [Theory]
    [InlineData("NotEmptyValidator", "required")]
    [InlineData("GreaterThanOrEqualValidator", "at_least")]
    [InlineData("must_be_future", "must_be_future")]
    [InlineData("SomeCustomValidator", "invalid")]
    [InlineData(null, "invalid")]
    public void Given_an_error_code_Then_built_ins_map_snake_case_passes_and_anything_else_is_invalid(string? errorCode, string expected) =>
        Assert.Equal(expected, FieldErrorCodes.CodeFor(errorCode));
}
