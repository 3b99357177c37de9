using UserOps.Community.Identity.Domain;

namespace UserOps.Community.Identity.Tests.Domain;

public sealed class ProfileCompletenessTests
{
    [Fact]
    public void Given_name_bio_avatar_and_an_interest_Then_the_profile_is_complete() =>
        Assert.True(ProfileCompleteness.IsComplete("Ada", "Bio", "https://x.test/a.png", ["chess"]));

    [Theory]
    [InlineData("", "Bio", "https://x.test/a.png", 1)]
    [InlineData("Ada", null, "https://x.test/a.png", 1)]
    [InlineData("Ada", "   ", "https://x.test/a.png", 1)]
    [InlineData("Ada", "Bio", null, 1)]
    [InlineData("Ada", "Bio", "", 1)]
    [InlineData("Ada", "Bio", "https://x.test/a.png", 0)]
    public void Given_a_missing_part_Then_the_profile_is_not_complete(string name, string? bio, string? avatar, int interests) =>
        Assert.False(ProfileCompleteness.IsComplete(name, bio, avatar, [.. Enumerable.Repeat("chess", interests)]));
}
