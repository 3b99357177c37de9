namespace UserOps.Community.Identity.Domain;

/// <summary>A partial profile update: null means "leave as it is".</summary>
internal sealed record ProfileChanges(
    string? DisplayName,
    string? Bio,
    string? AvatarUrl,
    string? TimeZone,
    string? Locale,
    IReadOnlyList<string>? Interests,
    string? Region,
    bool? LeaderboardOptOut = null);
