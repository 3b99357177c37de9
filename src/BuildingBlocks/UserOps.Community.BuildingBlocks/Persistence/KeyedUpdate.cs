using System.Text;
using Microsoft.EntityFrameworkCore;

namespace UserOps.Community.BuildingBlocks.Persistence;

/// <summary>
/// One <c>UPDATE … SET x = CASE key WHEN … END WHERE key IN (…)</c> for many rows, each with its own value: a delivery's
/// recomputed scores or counts in one statement instead of one round trip per row. Plain SQL, so every provider runs it.
/// </summary>
public static class KeyedUpdate
{
    // Two parameters per row; stays under SQL Server's 2,100 parameters per command.
    private const int RowsPerStatement = 500;

    /// <summary>Sets <paramref name="valueProperty"/> of each row to its value, or adds the value to it when <paramref name="add"/>.</summary>
    public static async Task SetByKeyAsync<TEntity, TKey, TValue>(
        this DbContext db, string keyProperty, string valueProperty, IEnumerable<KeyValuePair<TKey, TValue>> rows, bool add, CancellationToken cancellationToken)
        where TKey : notnull
        where TValue : notnull
    {
        var entityType = db.Model.FindEntityType(typeof(TEntity))!;
        var key = AdditiveUpsert.Column(entityType, keyProperty);
        var value = AdditiveUpsert.Column(entityType, valueProperty);
        // Keys in order, so two transactions updating the same rows lock them in the same order.
        foreach (var chunk in rows.OrderBy(r => r.Key).Chunk(RowsPerStatement))
        {
            var parameters = new List<object>(chunk.Length * 2);
            var sql = new StringBuilder("UPDATE ").Append(AdditiveUpsert.Table(entityType)).Append(" SET ").Append(value).Append(" = ");
            if (add)
            {
                sql.Append(value).Append(" + ");
            }

            sql.Append("CASE ").Append(key);
            foreach (var row in chunk)
            {
                sql.Append(" WHEN {").Append(parameters.Count).Append("} THEN {").Append(parameters.Count + 1).Append('}');
                parameters.Add(row.Key);
                parameters.Add(row.Value);
            }

            sql.Append(" END WHERE ").Append(key).Append(" IN (")
                .AppendJoin(", ", Enumerable.Range(0, chunk.Length).Select(i => $"{{{i * 2}}}")).Append(')');
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
        }
    }
}
