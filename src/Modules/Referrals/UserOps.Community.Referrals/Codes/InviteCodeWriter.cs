using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Referrals.Domain;

namespace UserOps.Community.Referrals.Codes;

/// <summary>Saves a new code, drawing again on the (astronomically rare) collision with an existing one.</summary>
internal static class InviteCodeWriter
{
    private const int Attempts = 5;

    /// <summary>Returns null when a unique index other than the code's refused the row (a concurrent personal code won).</summary>
    public static async Task<InviteCode?> AddAsync(CommunityDbContext db, Func<string, InviteCode> create, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var code = create(CodeGenerator.Next());
            var entry = db.Add(code);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return code;
            }
            catch (DbUpdateException exception) when (exception.IsUniqueViolation())
            {
                entry.State = EntityState.Detached;
                if (!await db.Set<InviteCode>().AnyAsync(c => c.Code == code.Code, cancellationToken))
                {
                    return null;
                }
            }
        }

        throw new InvalidOperationException("Could not draw an unused invite code.");
    }
}
