using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Persistence;

namespace UserOps.Community.IntegrationTests.Infrastructure;

/// <summary>Reads the tables directly where the API has no way to ask (module entities are internal).</summary>
public static class DatabaseQueries
{
    public static async Task<int> CountUsersWithEmailAsync(this CommunityApiFactory factory, string email)
    {
        // SQLite has no schemas: the model flattens "identity.users" into "identity_users".
        var sql = factory.Database.Provider == DatabaseProvider.Sqlite
            ? "SELECT COUNT(*) AS \"Value\" FROM identity_users WHERE normalized_email = {0}"
            : "SELECT COUNT(*)::int AS \"Value\" FROM \"identity\".users WHERE normalized_email = {0}";
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        return await db.Database.SqlQueryRaw<int>(sql, email.ToUpperInvariant()).SingleAsync();
    }
}
