using Microsoft.Data.Sqlite;
using Npgsql;
using UserOps.Community.BuildingBlocks.Persistence;

namespace UserOps.Community.Benchmarks.Growth;

/// <summary>A fresh database for one run: a temp SQLite file, or a new database on the PostgreSQL server.</summary>
internal sealed class BenchDatabase(DatabaseProvider provider, string connectionString, Func<Task> drop) : IAsyncDisposable
{
    public DatabaseProvider Provider { get; } = provider;

    public string ConnectionString { get; } = connectionString;

    public static async Task<BenchDatabase> CreateAsync(DatabaseProvider provider)
    {
        var name = $"userops_bench_{Guid.NewGuid():N}";
        if (provider == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), name + ".db");
            return new BenchDatabase(provider, new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 60 }.ToString(), () =>
            {
                SqliteConnection.ClearAllPools();
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                {
                    File.Delete(path + suffix);
                }

                return Task.CompletedTask;
            });
        }

        var admin = Environment.GetEnvironmentVariable("USEROPS_BENCH_POSTGRES") is { Length: > 0 } value
            ? value
            : Environment.GetEnvironmentVariable("COMMUNITY_TEST_POSTGRES")
                ?? throw new InvalidOperationException("Set USEROPS_BENCH_POSTGRES to an admin connection string (scripts/postgres-up.sh).");
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
        return new BenchDatabase(provider, connectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        });
    }

    public ValueTask DisposeAsync() => new(drop());

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
