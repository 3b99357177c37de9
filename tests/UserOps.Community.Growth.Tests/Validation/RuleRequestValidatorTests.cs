using UserOps.Community.Growth.Rules;

namespace UserOps.Community.Growth.Tests.Validation;

public sealed class RuleRequestValidatorTests
{
    private static readonly DateTime Friday = new(2026, 12, 4, 16, 0, 0, DateTimeKind.Utc);

    private static readonly RuleRequest Valid = new(
        "Double points weekend", "PostPublished", "actor", 5, 2m, 100, null, null, null, 20, null, Friday, Friday.AddDays(3), true);

    private readonly RuleRequestValidator _validator = new();

    [Fact]
    public void Given_a_complete_request_Then_it_is_valid() => Assert.True(_validator.Validate(Valid).IsValid);

    [Fact]
    public void Given_only_the_required_fields_Then_it_is_valid() =>
        Assert.True(_validator.Validate(new RuleRequest("Post", "CommentPosted", "actor", 1, null, null, null, null, null, null, null, null, null, null)).IsValid);

    [Theory]
    [InlineData("PostPublished")]
    [InlineData("CommentPosted")]
    [InlineData("ReactionAdded")]
    [InlineData("MemberJoined")]
    [InlineData("ProfileCompleted")]
    [InlineData("UserSignedIn")]
    [InlineData("CheckInRecorded")]
    [InlineData("StreakReached")]
    [InlineData("ChallengeCompleted")]
    public void Given_a_catalogue_event_with_the_actor_as_recipient_Then_it_is_valid(string eventType) =>
        Assert.True(_validator.Validate(Valid with { EventType = eventType }).IsValid);

    [Theory]
    [InlineData("ReferralActivated", "inviter", true)]
    [InlineData("ReferralActivated", "invitee", true)]
    [InlineData("ReferralActivated", "actor", false)]
    [InlineData("ReactionAdded", "contentAuthor", true)]
    [InlineData("CommentPosted", "contentAuthor", true)]
    [InlineData("PostPublished", "contentAuthor", false)]
    [InlineData("MemberJoined", "inviter", false)]
    [InlineData("PostPublished", "Actor", false)]
    [InlineData("PostPublished", "everyone", false)]
    public void Given_a_recipient_Then_it_is_allowed_only_where_the_catalogue_allows_it(string eventType, string recipient, bool valid)
    {
        var result = _validator.Validate(Valid with { EventType = eventType, Recipient = recipient });
        Assert.Equal(valid, result.IsValid);
        Assert.Equal(valid, !result.Errors.Any(e => e.PropertyName == nameof(RuleRequest.Recipient)));
    }

    [Fact]
    public void Given_a_wrong_recipient_Then_the_message_lists_the_recipients_of_that_event()
    {
        var error = Assert.Single(_validator.Validate(Valid with { EventType = "ReferralActivated" }).Errors);
        Assert.Equal(nameof(RuleRequest.Recipient), error.PropertyName);
        Assert.Equal("For ReferralActivated the recipient must be one of: inviter, invitee.", error.ErrorMessage);
    }

    // The request types are internal, so the theory is keyed by a readable case name.
    private static readonly Dictionary<string, (string Field, RuleRequest Request)> InvalidCases = new[]
    {
        ("empty name", nameof(RuleRequest.Name), Valid with { Name = "" }),
        ("name of 101", nameof(RuleRequest.Name), Valid with { Name = new string('n', 101) }),
        ("zero points", nameof(RuleRequest.Points), Valid with { Points = 0 }),
        ("negative points", nameof(RuleRequest.Points), Valid with { Points = -5 }),
        ("10001 points", nameof(RuleRequest.Points), Valid with { Points = 10_001 }),
        ("multiplier 0.09", nameof(RuleRequest.Multiplier), Valid with { Multiplier = 0.09m }),
        ("multiplier 10.01", nameof(RuleRequest.Multiplier), Valid with { Multiplier = 10.01m }),
        ("daily cap 0", nameof(RuleRequest.DailyCap), Valid with { DailyCap = 0 }),
        ("total cap 0", nameof(RuleRequest.TotalCap), Valid with { TotalCap = 0 }),
        ("per-actor cap 0", nameof(RuleRequest.PerActorDailyCap), Valid with { PerActorDailyCap = 0 }),
        ("cooldown 0", nameof(RuleRequest.CooldownSeconds), Valid with { CooldownSeconds = 0 }),
        ("cooldown over 31 days", nameof(RuleRequest.CooldownSeconds), Valid with { CooldownSeconds = (31 * 24 * 3600) + 1 }),
        ("min length -1", nameof(RuleRequest.MinContentLength), Valid with { MinContentLength = -1 }),
        ("min length 20001", nameof(RuleRequest.MinContentLength), Valid with { MinContentLength = 20_001 }),
        ("until equals from", nameof(RuleRequest.ActiveUntil), Valid with { ActiveUntil = Friday }),
        ("until before from", nameof(RuleRequest.ActiveUntil), Valid with { ActiveUntil = Friday.AddSeconds(-1) }),
    }.ToDictionary(c => c.Item1, c => (c.Item2, c.Item3));

    public static TheoryData<string> InvalidCaseNames => [.. InvalidCases.Keys];

    [Theory]
    [MemberData(nameof(InvalidCaseNames))]
    public void Given_an_invalid_field_Then_exactly_that_field_is_reported(string caseName)
    {
        var (field, request) = InvalidCases[caseName];
        var error = Assert.Single(_validator.Validate(request).Errors);
        Assert.Equal(field, error.PropertyName);
    }

    [Theory]
    [InlineData(1, "0.1", 0, 1)]
    [InlineData(10_000, "10", 20_000, 2_678_400)]
    public void Given_the_bounds_of_each_range_Then_they_are_valid(int points, string multiplier, int minLength, int cooldown) =>
        Assert.True(_validator.Validate(Valid with
        {
            Points = points,
            Multiplier = decimal.Parse(multiplier, System.Globalization.CultureInfo.InvariantCulture),
            MinContentLength = minLength,
            CooldownSeconds = cooldown,
        }).IsValid);

    [Fact]
    public void Given_activeUntil_without_activeFrom_Then_it_is_valid() =>
        Assert.True(_validator.Validate(Valid with { ActiveFrom = null }).IsValid);

    [Theory]
    [InlineData("PostLiked")]
    [InlineData("postpublished")]
    [InlineData("")]
    public void Given_an_event_outside_the_catalogue_Then_the_event_type_lists_the_catalogue_and_no_recipient_can_be_checked(string eventType)
    {
        var errors = _validator.Validate(Valid with { EventType = eventType }).Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);

        Assert.Equal([nameof(RuleRequest.EventType), nameof(RuleRequest.Recipient)], errors.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("Event type must be one of: PostPublished, CommentPosted, ReactionAdded", errors[nameof(RuleRequest.EventType)], StringComparison.Ordinal);
        Assert.Equal("Recipient must be actor, contentAuthor, inviter or invitee.", errors[nameof(RuleRequest.Recipient)]);
    }
}
