using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace UserOps.Community.BuildingBlocks.Persistence;

/// <summary>
/// WAL lets readers run beside the single writer; synchronous=NORMAL is WAL's recommended durability level;
/// the busy timeout makes concurrent writers queue instead of failing.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";

    // EF opens read-only connections to ask whether the database exists; those cannot switch the journal mode.
    private readonly ConcurrentDictionary<string, bool> _readOnly = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsReadOnly(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsReadOnly(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private bool IsReadOnly(DbConnection connection) =>
        _readOnly.GetOrAdd(connection.ConnectionString, cs => new SqliteConnectionStringBuilder(cs).Mode == SqliteOpenMode.ReadOnly);
}
