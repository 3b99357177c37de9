using UserOps.Community.Growth.Levels;

namespace UserOps.Community.Growth.Tests.Validation;

public sealed class LevelsRequestValidatorTests
{
    private static readonly LevelsRequest Valid = new(
    [
        new LevelRequest(1, "Newcomer", "新人", 0, ["invites.create"], null),
        new LevelRequest(2, "Member", "成员", 50, ["posts.links"], 10),
        new LevelRequest(3, "Regular", "常客", 150, ["groups.create", "checkins.makeup"], null),
    ]);

    private readonly LevelsRequestValidator _validator = new();

    [Fact]
    public void Given_increasing_thresholds_from_zero_Then_it_is_valid() => Assert.True(_validator.Validate(Valid).IsValid);

    [Fact]
    public void Given_a_single_level_at_zero_without_privileges_Then_it_is_valid() =>
        Assert.True(_validator.Validate(new LevelsRequest([new LevelRequest(1, "Only", "唯一", 0, null, null)])).IsValid);

    [Fact]
    public void Given_no_levels_Then_it_is_invalid() => Assert.False(_validator.Validate(new LevelsRequest([])).IsValid);

    [Fact]
    public void Given_a_gap_in_the_numbering_Then_it_is_invalid() =>
        Assert.Contains(
            "Levels are numbered 1, 2, 3, … in order.",
            Messages(Valid with { Levels = [Valid.Levels[0], Valid.Levels[2]] }));

    [Fact]
    public void Given_levels_out_of_order_Then_it_is_invalid() =>
        Assert.Contains(
            "Levels are numbered 1, 2, 3, … in order.",
            Messages(Valid with { Levels = [Valid.Levels[0], Valid.Levels[2], Valid.Levels[1]] }));

    [Fact]
    public void Given_level_one_above_zero_XP_Then_it_is_invalid() =>
        Assert.Contains("Level 1 starts at 0 XP.", Messages(Valid with { Levels = [Valid.Levels[0] with { XpThreshold = 1 }, .. Valid.Levels.Skip(1)] }));

    [Theory]
    [InlineData(150)]
    [InlineData(149)]
    [InlineData(50)]
    public void Given_a_threshold_not_above_the_previous_one_Then_it_is_invalid(long third) =>
        Assert.Contains(
            "XP thresholds must increase with the level.",
            Messages(Valid with { Levels = [Valid.Levels[0], Valid.Levels[1] with { XpThreshold = 150 }, Valid.Levels[2] with { XpThreshold = third }] }));

    [Fact]
    public void Given_an_unknown_privilege_Then_it_is_invalid() =>
        Assert.Contains(
            "Privileges come from: groups.create, posts.links, checkins.makeup, invites.create, rewards.premium.",
            Messages(Valid with { Levels = [Valid.Levels[0] with { Privileges = ["groups.delete"] }, .. Valid.Levels.Skip(1)] }));

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(100_000, true)]
    [InlineData(100_001, false)]
    public void Given_a_reward_Then_it_must_be_between_1_and_100000(int reward, bool valid) =>
        Assert.Equal(valid, _validator.Validate(Valid with { Levels = [.. Valid.Levels.Take(2), Valid.Levels[2] with { RewardPoints = reward }] }).IsValid);

    [Theory]
    [InlineData("", "常客")]
    [InlineData("Regular", "")]
    [InlineData("123456789012345678901234567890123456789012345678901", "常客")]
    public void Given_a_missing_or_too_long_name_Then_it_is_invalid(string en, string zh) =>
        Assert.False(_validator.Validate(Valid with { Levels = [.. Valid.Levels.Take(2), Valid.Levels[2] with { NameEn = en, NameZh = zh }] }).IsValid);

    private List<string> Messages(LevelsRequest request) => [.. _validator.Validate(request).Errors.Select(e => e.ErrorMessage)];
}
