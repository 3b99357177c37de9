using Microsoft.AspNetCore.Authentication;
using UserOps.Community.BuildingBlocks.Caching;

namespace UserOps.Community.Identity.Tokens;

/// <summary>
/// Keeps the ticket each bearer token opened to, so a member's requests stop decrypting, verifying and deserialising
/// the same token every time (ADR 0057). A token's content never changes, so the kept ticket is what opening it again
/// would give: the bearer handler still checks its expiry on every request, and every request gets its own copy.
/// Only tokens that opened and have not expired are kept; a forged, broken or expired one is tried every time, as before.
/// </summary>
internal sealed class OpenedBearerTokens(TimeSpan keepFor, TimeProvider timeProvider) : IDisposable
{
    /// <summary>About 3 KB each (token and ticket): a bound of some 60 MB for this many members active at once.</summary>
    public const int MaxTokens = 20_000;

    // A bounded LRU, as the read caches (ADR 0058): a full cache still takes the newest tokens.
    private readonly ExpiringLru<string, AuthenticationTicket> _tickets = new(MaxTokens, timeProvider);

    /// <summary><paramref name="format"/> with opened tokens kept, or itself when keeping is switched off.</summary>
    public ISecureDataFormat<AuthenticationTicket> Over(ISecureDataFormat<AuthenticationTicket> format) =>
        keepFor > TimeSpan.Zero ? new KeptTicketFormat(format, this) : format;

    public void Dispose() => _tickets.Clear();

    private AuthenticationTicket? Open(string token, ISecureDataFormat<AuthenticationTicket> format)
    {
        if (!_tickets.TryGet(token, out var ticket))
        {
            var now = timeProvider.GetUtcNow();
            ticket = format.Unprotect(token);
            if (ticket?.Properties.ExpiresUtc is not { } expires || expires <= now)
            {
                return ticket; // not a token, or one the handler refuses (no expiry, or past it): nothing worth keeping
            }

            _tickets.Set(token, ticket, expires < now + keepFor ? expires : now + keepFor);
        }

        // Authentication and claims transformation may change the principal: never hand out the kept one.
        return ticket!.Clone();
    }

    private sealed class KeptTicketFormat(ISecureDataFormat<AuthenticationTicket> inner, OpenedBearerTokens kept) : ISecureDataFormat<AuthenticationTicket>
    {
        public string Protect(AuthenticationTicket data) => inner.Protect(data);

        public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        // A purpose names another protector: only the plain form, the one the bearer handler calls, is kept.
        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose) =>
            protectedText is null || purpose is not null ? inner.Unprotect(protectedText, purpose) : kept.Open(protectedText, inner);
    }
}
