using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace UserOps.Community.Benchmarks.Feeds;

/// <summary>One table being bulk-loaded: rows are written in order and committed by <see cref="CompleteAsync"/>.</summary>
internal interface IBulkTable : IAsyncDisposable
{
    ValueTask RowAsync(params object?[] values);

    ValueTask CompleteAsync();
}

internal interface IBulkTarget : IAsyncDisposable
{
    string Name { get; }

    Task<IBulkTable> OpenAsync(string schema, string table, params string[] columns);

    Task<long> ScalarAsync(string schema, string table, string sqlWithTable);

    Task ExecuteAsync(string sql);
}

/// <summary>PostgreSQL: one binary COPY per table.</summary>
internal sealed class PostgresTarget(NpgsqlDataSource dataSource) : IBulkTarget
{
    public string Name => "postgresql";

    public async Task<IBulkTable> OpenAsync(string schema, string table, params string[] columns)
    {
        var connection = await dataSource.OpenConnectionAsync();
        var importer = await connection.BeginBinaryImportAsync($"COPY {schema}.{table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)");
        return new Table(connection, importer);
    }

    public async Task<long> ScalarAsync(string schema, string table, string sqlWithTable)
    {
        await using var command = dataSource.CreateCommand(sqlWithTable.Replace("{table}", $"{schema}.{table}", StringComparison.Ordinal));
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    private sealed class Table(NpgsqlConnection connection, NpgsqlBinaryImporter importer) : IBulkTable
    {
        public async ValueTask RowAsync(params object?[] values)
        {
            await importer.StartRowAsync();
            foreach (var value in values)
            {
                switch (value)
                {
                    case null:
                        await importer.WriteNullAsync();
                        break;
                    case Guid v:
                        await importer.WriteAsync(v, NpgsqlDbType.Uuid);
                        break;
                    case string v:
                        await importer.WriteAsync(v, NpgsqlDbType.Text);
                        break;
                    case DateTime v:
                        await importer.WriteAsync(v, NpgsqlDbType.TimestampTz);
                        break;
                    case bool v:
                        await importer.WriteAsync(v, NpgsqlDbType.Boolean);
                        break;
                    case int v:
                        await importer.WriteAsync(v, NpgsqlDbType.Integer);
                        break;
                    case double v:
                        await importer.WriteAsync(v, NpgsqlDbType.Double);
                        break;
                    case string[] v:
                        await importer.WriteAsync(v, NpgsqlDbType.Array | NpgsqlDbType.Text);
                        break;
                    default:
                        throw new NotSupportedException(value.GetType().Name);
                }
            }
        }

        public async ValueTask CompleteAsync() => await importer.CompleteAsync();

        public async ValueTask DisposeAsync()
        {
            await importer.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}

/// <summary>SQLite: one prepared INSERT per table, reused, committed every 50,000 rows. Values are stored as EF Core stores them.</summary>
internal sealed class SqliteTarget(string connectionString) : IBulkTarget
{
    private const int RowsPerTransaction = 50_000;

    public string Name => "sqlite";

    public async Task<IBulkTable> OpenAsync(string schema, string table, params string[] columns)
    {
        var connection = await OpenConnectionAsync();
        var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {schema}_{table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        var result = new Table(connection, command, parameters);
        await result.BeginAsync();
        return result;
    }

    public async Task<long> ScalarAsync(string schema, string table, string sqlWithTable)
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sqlWithTable.Replace("{table}", $"{schema}_{table}", StringComparison.Ordinal);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<SqliteConnection> OpenConnectionAsync()
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA cache_size=-512000;";
        await pragma.ExecuteNonQueryAsync();
        return connection;
    }

    public static object? ToSqlite(object? value) => value switch
    {
        null => DBNull.Value,
        Guid v => v.ToString().ToUpperInvariant(),
        DateTime v => v.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        bool v => v ? 1 : 0,
        string[] v => JsonSerializer.Serialize(v),
        _ => value,
    };

    private sealed class Table(SqliteConnection connection, SqliteCommand command, SqliteParameter[] parameters) : IBulkTable
    {
        private DbTransaction? _transaction;
        private int _rows;

        public async Task BeginAsync()
        {
            _transaction = await connection.BeginTransactionAsync();
            command.Transaction = (SqliteTransaction)_transaction;
            command.Prepare();
        }

        public async ValueTask RowAsync(params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = ToSqlite(values[i]);
            }

            command.ExecuteNonQuery();
            if (++_rows % RowsPerTransaction == 0)
            {
                await _transaction!.CommitAsync();
                await _transaction.DisposeAsync();
                _transaction = await connection.BeginTransactionAsync();
                command.Transaction = (SqliteTransaction)_transaction;
            }
        }

        public async ValueTask CompleteAsync() => await _transaction!.CommitAsync();

        public async ValueTask DisposeAsync()
        {
            if (_transaction is not null)
            {
                await _transaction.DisposeAsync();
            }

            await command.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
