namespace UserOps.Community.BuildingBlocks.Web;

public static class RateLimitPolicies
{
    /// <summary>Per client IP, on sign-up, sign-in and token refresh.</summary>
    public const string Auth = "auth";
}
