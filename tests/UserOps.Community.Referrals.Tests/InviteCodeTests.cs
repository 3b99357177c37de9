using UserOps.Community.Referrals.Codes;
using UserOps.Community.Referrals.Domain;

namespace UserOps.Community.Referrals.Tests;

public sealed class InviteCodeTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Given_revoked_expired_and_exhausted_together_Then_revoked_is_reported_first()
    {
        var code = new InviteCode { Code = "ABCDEFGH", ExpiresAt = Now.AddDays(-1), MaxUses = 1, Uses = 1, RevokedAt = Now.AddDays(-2) };

        Assert.Equal("revoked", code.InvalidReason(Now));
    }

    [Fact]
    public void Given_an_expiry_exactly_now_Then_the_code_is_expired()
    {
        Assert.Equal("expired", new InviteCode { ExpiresAt = Now }.InvalidReason(Now));
        Assert.Null(new InviteCode { ExpiresAt = Now.AddTicks(1) }.InvalidReason(Now));
    }

    [Fact]
    public void Given_max_uses_reached_Then_the_code_is_exhausted_and_unlimited_codes_never_are()
    {
        Assert.Equal("exhausted", new InviteCode { MaxUses = 3, Uses = 3 }.InvalidReason(Now));
        Assert.Null(new InviteCode { MaxUses = 3, Uses = 2 }.InvalidReason(Now));
        Assert.Null(new InviteCode { Uses = 1_000_000 }.InvalidReason(Now));
    }

    [Fact]
    public void Given_generated_codes_Then_they_avoid_look_alike_characters_and_do_not_repeat()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => CodeGenerator.Next()).ToList();

        Assert.All(codes, c => Assert.Matches("^[2-9A-HJ-KMNP-Z]{8}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal("ABCD2345", InviteCode.Normalize("  abcd2345 "));
    }
}
