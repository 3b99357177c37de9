namespace UserOps.Community.Identity.Profile;

internal sealed record ProfileResponse(
    Guid Id,
    string Email,
    string DisplayName,
    string? Bio,
    string? AvatarUrl,
    string TimeZone,
    string Locale,
    IReadOnlyList<string> Interests,
    string? Region,
    bool ProfileComplete,
    IReadOnlyList<string> Roles,
    DateTime CreatedAt,
    bool LeaderboardOptOut);
