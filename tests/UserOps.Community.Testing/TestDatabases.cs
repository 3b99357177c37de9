using Microsoft.Data.Sqlite;
using Npgsql;
using UserOps.Community.BuildingBlocks.Persistence;

namespace UserOps.Community.Testing;

/// <summary>
/// Which database the suite runs on: COMMUNITY_TEST_PROVIDER=Sqlite (default) or PostgreSql, the latter with
/// COMMUNITY_TEST_POSTGRES holding an admin connection string. In CI a PostgreSQL run without a server fails: it never skips.
/// </summary>
public static class TestDatabases
{
    public const string ProviderVariable = "COMMUNITY_TEST_PROVIDER";
    public const string PostgresVariable = "COMMUNITY_TEST_POSTGRES";

    public static DatabaseProvider Provider { get; } =
        Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable(ProviderVariable), ignoreCase: true, out var provider)
            ? provider
            : DatabaseProvider.Sqlite;

    private static readonly string SqliteFolder = Path.Combine(Path.GetTempPath(), "userops-tests", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A new, empty database of the configured provider; dropped when disposed.</summary>
    public static async Task<TestDatabase> CreateEmptyAsync()
    {
        var name = $"t_{Guid.NewGuid():N}";
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                Directory.CreateDirectory(SqliteFolder);
                return new TestDatabase(DatabaseProvider.Sqlite, SqliteConnectionString(Path.Combine(SqliteFolder, name + ".db")), () => DeleteSqliteAsync(name));
            case DatabaseProvider.PostgreSql:
                await ExecutePostgresAdminAsync($"CREATE DATABASE \"{name}\"");
                return new TestDatabase(DatabaseProvider.PostgreSql, PostgresConnectionString(name), () => DropPostgresAsync(name));
            default:
                throw new NotSupportedException($"Tests do not run on {Provider}: it cannot run on our machines.");
        }
    }

    /// <summary>A new database copied from a template that <paramref name="prepareTemplate"/> built once per test run.</summary>
    public static async Task<TestDatabase> CreateFromTemplateAsync(string templateKey, Func<TestDatabase, Task> prepareTemplate)
    {
        var template = await Templates.GetOrAdd(templateKey, _ => new Lazy<Task<TestDatabase>>(() => BuildTemplateAsync(prepareTemplate))).Value;
        var name = $"t_{Guid.NewGuid():N}";
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                var path = Path.Combine(SqliteFolder, name + ".db");
                File.Copy(new SqliteConnectionStringBuilder(template.ConnectionString).DataSource, path);
                return new TestDatabase(DatabaseProvider.Sqlite, SqliteConnectionString(path), () => DeleteSqliteAsync(name));
            case DatabaseProvider.PostgreSql:
                await ExecutePostgresAdminAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{new NpgsqlConnectionStringBuilder(template.ConnectionString).Database}\"");
                return new TestDatabase(DatabaseProvider.PostgreSql, PostgresConnectionString(name), () => DropPostgresAsync(name));
            default:
                throw new NotSupportedException($"Tests do not run on {Provider}.");
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<TestDatabase>>> Templates = new();

    private static async Task<TestDatabase> BuildTemplateAsync(Func<TestDatabase, Task> prepareTemplate)
    {
        var template = await CreateEmptyAsync();
        await prepareTemplate(template);
        if (Provider == DatabaseProvider.Sqlite)
        {
            // Fold the WAL into the main file so a plain file copy is a complete database.
            // Idle pooled connections of the preparing host keep the WAL open and would block the switch for the whole timeout.
            SqliteConnection.ClearAllPools();
            await using var connection = new SqliteConnection(template.ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;";
            await command.ExecuteNonQueryAsync();
            SqliteConnection.ClearAllPools();
        }
        else
        {
            // CREATE DATABASE ... TEMPLATE needs the template to have no open connections.
            NpgsqlConnection.ClearAllPools();
        }

        return template;
    }

    private static string SqliteConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 60 }.ToString();

    private static Task DeleteSqliteAsync(string name)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { ".db", ".db-wal", ".db-shm" })
        {
            try
            {
                File.Delete(Path.Combine(SqliteFolder, name + suffix));
            }
            catch (IOException)
            {
                // Best effort: the folder is per process under the temp directory.
            }
        }

        return Task.CompletedTask;
    }

    private static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{ProviderVariable}=PostgreSql needs {PostgresVariable} with a connection string to a PostgreSQL server (see .ci/run).");

    // No pool size of its own: the tests run with the pool a deployment gets (ADR 0059).
    private static string PostgresConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ToString();

    private static async Task ExecutePostgresAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task DropPostgresAsync(string name)
    {
        await using (var connection = new NpgsqlConnection(PostgresConnectionString(name)))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecutePostgresAdminAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }
}

public sealed class TestDatabase(DatabaseProvider provider, string connectionString, Func<Task> drop) : IAsyncDisposable
{
    public DatabaseProvider Provider { get; } = provider;

    public string ConnectionString { get; } = connectionString;

    public ValueTask DisposeAsync() => new(drop());
}
