namespace UserOps.Community.Identity.Contracts;

/// <summary>What other modules may know about a member.</summary>
public sealed record UserSummary(Guid Id, string DisplayName, string? AvatarUrl, string TimeZone, string Locale);

/// <summary>Looks members up for other modules, which never read the identity tables themselves.</summary>
public interface IUserDirectory
{
    /// <summary>The member, or null when there is no such member.</summary>
    Task<UserSummary?> FindAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The member with this email (case-insensitive), or null; for admin tooling and demo data.</summary>
    Task<UserSummary?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>Members whose display name is one of <paramref name="displayNames"/> (exact match); used to resolve @mentions.</summary>
    Task<IReadOnlyList<UserSummary>> FindByDisplayNamesAsync(IReadOnlyCollection<string> displayNames, CancellationToken cancellationToken);

    /// <summary>The members found among <paramref name="userIds"/>, by id.</summary>
    Task<IReadOnlyDictionary<Guid, UserSummary>> GetManyAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);

    /// <summary>Whether the member is banned now (read from the database, not from the caller's claims).</summary>
    Task<bool> IsBannedAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>How many accounts were created in [<paramref name="from"/>, <paramref name="to"/>) (UTC); for acquisition statistics.</summary>
    Task<int> CountRegisteredAsync(DateTime from, DateTime to, CancellationToken cancellationToken);
}
