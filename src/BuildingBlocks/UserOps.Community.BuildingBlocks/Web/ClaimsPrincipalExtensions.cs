using System.Security.Claims;

namespace UserOps.Community.BuildingBlocks.Web;

public static class ClaimsPrincipalExtensions
{
    public static Guid GetUserId(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(ClaimTypes.NameIdentifier) is { } value && Guid.TryParse(value, out var id)
            ? id
            : throw new InvalidOperationException("The endpoint requires an authenticated user.");

    public static Guid? FindUserId(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(ClaimTypes.NameIdentifier) is { } value && Guid.TryParse(value, out var id) ? id : null;
}
