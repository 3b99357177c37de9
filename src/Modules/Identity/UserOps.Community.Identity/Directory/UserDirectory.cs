using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.Identity.Domain;

namespace UserOps.Community.Identity.Directory;

internal sealed class UserDirectory(CommunityDbContext db) : IUserDirectory
{
    // Scoped: an outbox delivery asks for the same few members once per handler and event (time zone, recipient,
    // actor), so each is read once per scope. Profile edits go through UserManager in their own request scope.
    private readonly Dictionary<Guid, UserSummary?> _found = [];

    public async Task<UserSummary?> FindAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (_found.TryGetValue(userId, out var known))
        {
            return known;
        }

        var found = await db.Set<CommunityUser>().AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new UserSummary(u.Id, u.DisplayName, u.AvatarUrl, u.TimeZone, u.Locale))
            .FirstOrDefaultAsync(cancellationToken);
        _found[userId] = found;
        return found;
    }

    public async Task<UserSummary?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return await db.Set<CommunityUser>().AsNoTracking()
            .Where(u => u.NormalizedEmail == normalized)
            .Select(u => new UserSummary(u.Id, u.DisplayName, u.AvatarUrl, u.TimeZone, u.Locale))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<UserSummary>> FindByDisplayNamesAsync(IReadOnlyCollection<string> displayNames, CancellationToken cancellationToken)
    {
        var names = displayNames.Distinct().Take(50).ToList();
        return await db.Set<CommunityUser>().AsNoTracking()
            .Where(u => names.Contains(u.DisplayName))
            .Select(u => new UserSummary(u.Id, u.DisplayName, u.AvatarUrl, u.TimeZone, u.Locale))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, UserSummary>> GetManyAsync(
        IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct().ToList();
        return await db.Set<CommunityUser>().AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new UserSummary(u.Id, u.DisplayName, u.AvatarUrl, u.TimeZone, u.Locale))
            .ToDictionaryAsync(u => u.Id, cancellationToken);
    }

    public Task<bool> IsBannedAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Set<CommunityUser>().AnyAsync(u => u.Id == userId && u.BannedAt != null, cancellationToken);

    public Task<int> CountRegisteredAsync(DateTime from, DateTime to, CancellationToken cancellationToken) =>
        db.Set<CommunityUser>().CountAsync(u => u.CreatedAt >= from && u.CreatedAt < to, cancellationToken);
}
