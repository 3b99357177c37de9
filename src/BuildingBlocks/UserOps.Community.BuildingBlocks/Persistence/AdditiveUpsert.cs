using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace UserOps.Community.BuildingBlocks.Persistence;

/// <summary>Which columns of an entity a multi-row upsert writes: the first <c>KeyCount</c> are the conflict key.</summary>
/// <param name="Properties">Entity property names, key first, in the order each row's values come.</param>
/// <param name="Added">Columns an existing row keeps and adds the new value to.</param>
/// <param name="Replaced">Columns an existing row takes the new value of.</param>
public sealed record UpsertShape(string[] Properties, int KeyCount, string[] Added, string[] Replaced);

/// <summary>
/// Multi-row <c>INSERT … ON CONFLICT DO UPDATE SET x = t.x + excluded.x</c> (PostgreSQL and SQLite): a delivery's deltas
/// to counters and aggregates in one statement per few hundred rows instead of one round trip per change. Names come
/// from the EF model, so SQLite's flattened schemas and the snake_case convention are followed. SQL Server has no
/// <c>ON CONFLICT</c>; callers keep a row-at-a-time path for it (<see cref="SupportsAdditiveUpsert"/>).
/// </summary>
public static class AdditiveUpsert
{
    // Stays under SQLite's 32,766 and PostgreSQL's 65,535 parameters per statement.
    private const int RowsPerStatement = 1000;

    public static bool SupportsAdditiveUpsert(this DbContext db) => !db.Database.IsSqlServer();

    /// <summary>Writes <paramref name="rows"/>; pass them in key order, so two transactions lock shared rows in the same order.</summary>
    public static async Task UpsertAddingAsync<TEntity>(
        this DbContext db, UpsertShape shape, IEnumerable<object[]> rows, CancellationToken cancellationToken)
    {
        var entityType = db.Model.FindEntityType(typeof(TEntity))!;
        var columns = shape.Properties.ToDictionary(p => p, p => Column(entityType, p));
        var head = new StringBuilder()
            .Append("INSERT INTO ").Append(Table(entityType)).Append(" AS t (")
            .AppendJoin(", ", shape.Properties.Select(p => columns[p])).Append(") ")
            .ToString();
        var tail = new StringBuilder()
            .Append(" ON CONFLICT (").AppendJoin(", ", shape.Properties.Take(shape.KeyCount).Select(p => columns[p])).Append(") DO UPDATE SET ")
            .AppendJoin(", ", shape.Added.Select(p => $"{columns[p]} = t.{columns[p]} + excluded.{columns[p]}")
                .Concat(shape.Replaced.Select(p => $"{columns[p]} = excluded.{columns[p]}")))
            .ToString();

        if (db.Database.IsNpgsql())
        {
            await UnnestAsync(db, entityType, shape, head, tail, rows, cancellationToken);
            return;
        }

        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder(head).Append("VALUES ");
            var parameters = new List<object>(chunk.Length * shape.Properties.Length);
            for (var row = 0; row < chunk.Length; row++)
            {
                sql.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < shape.Properties.Length; column++)
                {
                    sql.Append(column == 0 ? "{" : ", {").Append(parameters.Count).Append('}');
                    parameters.Add(chunk[row][column]);
                }

                sql.Append(')');
            }

            await db.Database.ExecuteSqlRawAsync(sql.Append(tail).ToString(), parameters, cancellationToken);
        }
    }

    // PostgreSQL: one array parameter per column, so the statement text (and its plan) is the same whatever the row
    // count, and thousands of values cost no parsing (ADR 0047). unnest keeps the rows' order, so locks stay in key order.
    private static async Task UnnestAsync(
        DbContext db, IEntityType entityType, UpsertShape shape, string head, string tail, IEnumerable<object[]> rows, CancellationToken cancellationToken)
    {
        var list = rows as IReadOnlyList<object[]> ?? rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        var parameters = new List<object>(shape.Properties.Length);
        for (var column = 0; column < shape.Properties.Length; column++)
        {
            var property = entityType.FindProperty(shape.Properties[column])!;
            var (type, toProvider) = BulkCopy.ProviderValue(property);
            var values = Array.CreateInstance(type, list.Count);
            for (var row = 0; row < list.Count; row++)
            {
                values.SetValue(toProvider(list[row][column]), row);
            }

            parameters.Add(new NpgsqlParameter
            {
                ParameterName = $"p{column}",
                NpgsqlDbType = NpgsqlDbType.Array | BulkCopy.WireType(type, property.GetColumnType(), property),
                Value = values,
            });
        }

        // Only names from the EF model and parameter placeholders go into the text; every value is a parameter.
        var sql = new StringBuilder(head).Append("SELECT * FROM unnest(")
            .AppendJoin(", ", Enumerable.Range(0, shape.Properties.Length).Select(i => $"@p{i}")).Append(')').Append(tail).ToString();
        await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
    }

    /// <summary>The quoted, schema-qualified table name of an entity as the model maps it.</summary>
    public static string Table(IEntityType entityType) =>
        entityType.GetSchema() is { } schema ? $"{Quote(schema)}.{Quote(entityType.GetTableName()!)}" : Quote(entityType.GetTableName()!);

    /// <summary>The quoted column name of an entity's property as the model maps it.</summary>
    public static string Column(IEntityType entityType, string property) => Quote(entityType.FindProperty(property)!.GetColumnName());

    private static string Quote(string name) => $"\"{name}\"";
}
