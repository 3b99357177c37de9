using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.Identity.Login;

namespace UserOps.Community.Identity.Bans;

/// <summary>How long an instance trusts its last answer to "is this member banned?".</summary>
internal sealed class BanCheckOptions
{
    public const string SectionName = "Identity:BanCheck";

    public TimeSpan CacheFor { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary>
/// A ban takes effect on the next request, not when the member's 15-minute access token or cookie expires:
/// a request authenticated as a banned member is answered 401 <c>account_banned</c>, hub connections included.
/// </summary>
internal sealed class BannedMemberGate(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IUserDirectory users, BanCache cache)
    {
        if (context.User.FindUserId() is { } userId
            && await cache.GetOrLoadAsync(userId, () => users.IsBannedAsync(userId, context.RequestAborted)))
        {
            await ApiProblems.Problem(StatusCodes.Status401Unauthorized, LoginEndpoint.AccountBanned, "This account is banned.")
                .ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}

/// <summary>Per-instance memo of ban status; the instance that bans forgets at once, others within CacheFor.</summary>
internal sealed class BanCache(IMemoryCache cache, IOptions<BanCheckOptions> options)
{
    public async Task<bool> GetOrLoadAsync(Guid userId, Func<Task<bool>> load)
    {
        if (cache.TryGetValue(Key(userId), out bool banned))
        {
            return banned;
        }

        banned = await load();
        cache.Set(Key(userId), banned, options.Value.CacheFor);
        return banned;
    }

    public void Forget(Guid userId) => cache.Remove(Key(userId));

    private static string Key(Guid userId) => $"identity:banned:{userId:N}";
}
