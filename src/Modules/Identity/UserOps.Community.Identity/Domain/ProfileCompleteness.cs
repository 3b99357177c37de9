namespace UserOps.Community.Identity.Domain;

/// <summary>A complete profile is what activation and the "profile completed" reward ask for.</summary>
internal static class ProfileCompleteness
{
    public static bool IsComplete(string displayName, string? bio, string? avatarUrl, IReadOnlyCollection<string> interests) =>
        !string.IsNullOrWhiteSpace(displayName)
        && !string.IsNullOrWhiteSpace(bio)
        && !string.IsNullOrWhiteSpace(avatarUrl)
        && interests.Count > 0;
}
