using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Time.Testing;
using UserOps.Community.Identity.Tokens;

namespace UserOps.Community.Identity.Tests.Tokens;

public sealed class OpenedBearerTokensTests
{
    private const string Token = "token-of-ada";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Given_a_token_used_twice_Then_it_is_opened_once_and_each_caller_gets_its_own_copy()
    {
        var inner = new CountingFormat(_ => Ticket(expiresIn: TimeSpan.FromMinutes(15)));
        using var opened = new OpenedBearerTokens(TimeSpan.FromMinutes(5), _clock);
        var format = opened.Over(inner);

        var first = format.Unprotect(Token)!;
        ((ClaimsIdentity)first.Principal.Identity!).AddClaim(new Claim("added-by", "one-request"));
        var second = format.Unprotect(Token)!;

        Assert.Equal(1, inner.Opened);
        Assert.NotSame(first.Principal, second.Principal);
        Assert.Equal("ada", second.Principal.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.Null(second.Principal.FindFirst("added-by"));
        Assert.Equal(first.Properties.ExpiresUtc, second.Properties.ExpiresUtc);
    }

    [Fact]
    public void Given_a_kept_ticket_When_it_expires_before_the_keeping_time_Then_the_token_is_opened_again()
    {
        var inner = new CountingFormat(_ => Ticket(expiresIn: TimeSpan.FromMinutes(1)));
        using var opened = new OpenedBearerTokens(TimeSpan.FromMinutes(5), _clock);
        var format = opened.Over(inner);

        format.Unprotect(Token);
        _clock.Advance(TimeSpan.FromSeconds(59));
        format.Unprotect(Token);
        _clock.Advance(TimeSpan.FromSeconds(2));
        format.Unprotect(Token);

        Assert.Equal(2, inner.Opened);
    }

    [Fact]
    public void Given_a_long_lived_ticket_When_the_keeping_time_passes_Then_the_token_is_opened_again()
    {
        var inner = new CountingFormat(_ => Ticket(expiresIn: TimeSpan.FromHours(1)));
        using var opened = new OpenedBearerTokens(TimeSpan.FromMinutes(5), _clock);
        var format = opened.Over(inner);

        format.Unprotect(Token);
        _clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        format.Unprotect(Token);

        Assert.Equal(2, inner.Opened);
    }

    [Fact]
    public void Given_tokens_that_do_not_open_have_no_expiry_or_have_expired_Then_they_are_tried_every_time()
    {
        var inner = new CountingFormat(token => token switch
        {
            "no-expiry" => Ticket(expiresIn: null),
            "expired" => Ticket(expiresIn: TimeSpan.FromSeconds(-1)),
            _ => null,
        });
        using var opened = new OpenedBearerTokens(TimeSpan.FromMinutes(5), _clock);
        var format = opened.Over(inner);

        Assert.Null(format.Unprotect("forged"));
        Assert.Null(format.Unprotect("forged"));
        Assert.Null(format.Unprotect(null));
        Assert.Null(format.Unprotect("no-expiry")!.Properties.ExpiresUtc);
        format.Unprotect("no-expiry");
        format.Unprotect("expired");
        format.Unprotect("expired");

        Assert.Equal(7, inner.Opened);
    }

    [Fact]
    public void Given_another_purpose_Then_the_inner_format_opens_it_every_time()
    {
        var inner = new CountingFormat(_ => Ticket(expiresIn: TimeSpan.FromMinutes(15)));
        using var opened = new OpenedBearerTokens(TimeSpan.FromMinutes(5), _clock);
        var format = opened.Over(inner);

        format.Unprotect(Token, "refresh");
        format.Unprotect(Token, "refresh");

        Assert.Equal(2, inner.Opened);
    }

    [Fact]
    public void Given_keeping_switched_off_Then_the_format_is_left_as_it_is()
    {
        var inner = new CountingFormat(_ => null);
        using var opened = new OpenedBearerTokens(TimeSpan.Zero, _clock);

        Assert.Same(inner, opened.Over(inner));
    }

    private AuthenticationTicket Ticket(TimeSpan? expiresIn)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "ada")], "Identity.Bearer"));
        return new AuthenticationTicket(principal, new AuthenticationProperties { ExpiresUtc = _clock.GetUtcNow() + expiresIn }, "Identity.Bearer");
    }

    private sealed class CountingFormat(Func<string?, AuthenticationTicket?> open) : ISecureDataFormat<AuthenticationTicket>
    {
        public int Opened { get; private set; }

        public string Protect(AuthenticationTicket data) => throw new NotSupportedException();

        public string Protect(AuthenticationTicket data, string? purpose) => throw new NotSupportedException();

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Opened++;
            return open(protectedText);
        }
    }
}
