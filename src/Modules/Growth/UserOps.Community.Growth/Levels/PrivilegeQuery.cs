using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Levels;

/// <summary>A level grants its own privileges and those of every level below it.</summary>
internal sealed class PrivilegeQuery(CommunityDbContext db) : IPrivilegeQuery
{
    public async Task<PrivilegeCheck> CheckAsync(Guid userId, string privilege, CancellationToken cancellationToken)
    {
        var current = await db.Set<MemberPoints>().AsNoTracking().Where(m => m.UserId == userId).Select(m => (int?)m.Level).FirstOrDefaultAsync(cancellationToken) ?? 1;
        var levels = await db.Set<Level>().AsNoTracking().OrderBy(l => l.Number).ToListAsync(cancellationToken);
        var required = levels.FirstOrDefault(l => l.Privileges.Contains(privilege))?.Number;
        return new PrivilegeCheck(required is { } level && level <= current, current, required);
    }
}
