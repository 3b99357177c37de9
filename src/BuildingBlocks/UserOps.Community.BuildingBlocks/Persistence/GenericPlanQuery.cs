using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace UserOps.Community.BuildingBlocks.Persistence;

/// <summary>
/// Reads a PostgreSQL query through its prepared statement's generic plan, for statements whose plan suits any
/// parameter values but which PostgreSQL would re-plan on every call because a custom plan looks cheaper (ADR 0056).
/// The batch first sets plan_cache_mode for its own transaction: Npgsql ends a batch with one Sync, so the setting
/// holds for the query and is gone before the pooled connection serves anything else. SET LOCAL would do the same
/// but logs a server warning per call outside an explicit transaction; set_config does not.
/// </summary>
public static class GenericPlanQuery
{
    private const string ForceGenericPlan = "SELECT set_config('plan_cache_mode', 'force_generic_plan', true)";

    /// <summary>Whether <see cref="ReadAsync"/> runs on this context's database.</summary>
    public static bool Supported(DbContext db) => db.Database.IsNpgsql();

    /// <summary>The rows of <paramref name="sql"/> (positional parameters $1, $2, ...), each made by <paramref name="read"/>.</summary>
    public static async Task<List<T>> ReadAsync<T>(
        DbContext db, string sql, IEnumerable<NpgsqlParameter> parameters, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var query = new NpgsqlBatchCommand(sql);
        foreach (var parameter in parameters)
        {
            query.Parameters.Add(parameter);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var batch = new NpgsqlBatch(connection)
            {
                Timeout = db.Database.GetCommandTimeout() ?? connection.CommandTimeout,
                Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction(),
                BatchCommands = { new NpgsqlBatchCommand(ForceGenericPlan), query },
            };
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            await reader.NextResultAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
