using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

namespace UserOps.Community.BuildingBlocks.Persistence;

/// <summary>
/// Appends new rows with PostgreSQL's binary <c>COPY</c> inside the open transaction (ADR 0047). An outbox delivery
/// writes hundreds of ledger, activity and outbox rows at once, and SaveChanges spends ~50 µs on each; COPY streams
/// them in one round trip. Columns and conversions come from the EF model, so the rows are what SaveChanges would write.
/// </summary>
public static class BulkCopy
{
    /// <summary>Whether <see cref="CopyAsync"/> can write on this context now: PostgreSQL, inside a transaction that makes it atomic with the rest.</summary>
    public static bool CanCopy(this DbContext db) => db.Database.IsNpgsql() && db.Database.CurrentTransaction is not null;

    /// <summary>
    /// Inserts <paramref name="rows"/> (untracked): with COPY where <see cref="CanCopy"/>, otherwise through SaveChanges,
    /// detaching them after. Database-generated columns (identities) are left to the database.
    /// </summary>
    public static async Task InsertAllAsync<TEntity>(this DbContext db, IReadOnlyCollection<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (db.CanCopy())
        {
            await db.CopyAsync(db.Model.FindEntityType(typeof(TEntity))!, rows, cancellationToken);
            return;
        }

        db.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var row in rows)
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }

    /// <summary>Streams rows of one entity type into its table; call only where <see cref="CanCopy"/>.</summary>
    public static async Task CopyAsync(this DbContext db, IEntityType entityType, IEnumerable<object> rows, CancellationToken cancellationToken)
    {
        var columns = entityType.GetProperties().Where(p => !IsDatabaseGenerated(p)).Select(CopyColumn.For).ToList();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var sql = $"COPY {AdditiveUpsert.Table(entityType)} ({string.Join(", ", columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(sql, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                await column.WriteAsync(importer, row, cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static bool IsDatabaseGenerated(IProperty property) =>
        NpgsqlPropertyExtensions.GetValueGenerationStrategy(property) is NpgsqlValueGenerationStrategy.IdentityByDefaultColumn
            or NpgsqlValueGenerationStrategy.IdentityAlwaysColumn or NpgsqlValueGenerationStrategy.SerialColumn;

    /// <summary>One column: reads the property, applies its value converter, writes it with the column's wire type.</summary>
    private sealed class CopyColumn(string name, Func<object, object?> read, Func<NpgsqlBinaryImporter, object, CancellationToken, Task> write)
    {
        public string Name => name;

        public Task WriteAsync(NpgsqlBinaryImporter importer, object entity, CancellationToken cancellationToken) =>
            read(entity) is { } value ? write(importer, value, cancellationToken) : importer.WriteNullAsync(cancellationToken);

        public static CopyColumn For(IProperty property)
        {
            var getter = property.GetGetter();
            var (type, toProvider) = ProviderValue(property);
            var columnType = property.GetColumnType();
            return new CopyColumn(
                AdditiveUpsert.Column((IEntityType)property.DeclaringType, property.Name),
                entity => toProvider(getter.GetClrValueUsingContainingEntity(entity)),
                Writer(type, columnType, property));
        }

        private static Func<NpgsqlBinaryImporter, object, CancellationToken, Task> Writer(Type type, string columnType, IProperty property) =>
            WireType(type, columnType, property) switch
            {
                NpgsqlDbType.Uuid => (i, v, c) => i.WriteAsync((Guid)v, NpgsqlDbType.Uuid, c),
                NpgsqlDbType.Text => (i, v, c) => i.WriteAsync((string)v, NpgsqlDbType.Text, c),
                NpgsqlDbType.Jsonb => (i, v, c) => i.WriteAsync((string)v, NpgsqlDbType.Jsonb, c),
                NpgsqlDbType.Integer => (i, v, c) => i.WriteAsync((int)v, NpgsqlDbType.Integer, c),
                NpgsqlDbType.Bigint => (i, v, c) => i.WriteAsync((long)v, NpgsqlDbType.Bigint, c),
                NpgsqlDbType.Smallint => (i, v, c) => i.WriteAsync((short)v, NpgsqlDbType.Smallint, c),
                NpgsqlDbType.Boolean => (i, v, c) => i.WriteAsync((bool)v, NpgsqlDbType.Boolean, c),
                NpgsqlDbType.Double => (i, v, c) => i.WriteAsync((double)v, NpgsqlDbType.Double, c),
                NpgsqlDbType.Numeric => (i, v, c) => i.WriteAsync((decimal)v, NpgsqlDbType.Numeric, c),
                NpgsqlDbType.Date => (i, v, c) => i.WriteAsync((DateOnly)v, NpgsqlDbType.Date, c),
                NpgsqlDbType.TimestampTz when type == typeof(DateTimeOffset) => (i, v, c) => i.WriteAsync((DateTimeOffset)v, NpgsqlDbType.TimestampTz, c),
                NpgsqlDbType.TimestampTz => (i, v, c) => i.WriteAsync((DateTime)v, NpgsqlDbType.TimestampTz, c),
                NpgsqlDbType.Timestamp => (i, v, c) => i.WriteAsync((DateTime)v, NpgsqlDbType.Timestamp, c),
                var other => throw new NotSupportedException($"No COPY writer for {other}."),
            };
    }

    /// <summary>The PostgreSQL wire type for a property's provider value: the CLR type decides, the column type only between timestamp kinds.</summary>
    internal static NpgsqlDbType WireType(Type type, string columnType, IProperty property) => type switch
    {
        _ when type == typeof(Guid) => NpgsqlDbType.Uuid,
        _ when type == typeof(string) && columnType is "jsonb" => NpgsqlDbType.Jsonb,
        _ when type == typeof(string) => NpgsqlDbType.Text,
        _ when type == typeof(int) => NpgsqlDbType.Integer,
        _ when type == typeof(long) => NpgsqlDbType.Bigint,
        _ when type == typeof(short) => NpgsqlDbType.Smallint,
        _ when type == typeof(bool) => NpgsqlDbType.Boolean,
        _ when type == typeof(double) => NpgsqlDbType.Double,
        _ when type == typeof(decimal) => NpgsqlDbType.Numeric,
        _ when type == typeof(DateOnly) => NpgsqlDbType.Date,
        _ when type == typeof(DateTimeOffset) => NpgsqlDbType.TimestampTz,
        _ when type == typeof(DateTime) && columnType.StartsWith("timestamp with", StringComparison.Ordinal) => NpgsqlDbType.TimestampTz,
        _ when type == typeof(DateTime) => NpgsqlDbType.Timestamp,
        _ => throw new NotSupportedException($"{property.DeclaringType.DisplayName()}.{property.Name} ({type.Name}, {columnType}) has no bulk wire type."),
    };

    /// <summary>The property's provider CLR type without <see cref="Nullable{T}"/>, and a function applying its value converter.</summary>
    internal static (Type Type, Func<object?, object?> ToProvider) ProviderValue(IProperty property)
    {
        var converter = property.GetTypeMapping().Converter;
        var type = converter?.ProviderClrType ?? property.ClrType;
        return (Nullable.GetUnderlyingType(type) ?? type, converter is null ? v => v : v => v is null ? null : converter.ConvertToProvider(v));
    }
}
