using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Batching;

/// <summary>
/// Multi-row <c>INSERT … ON CONFLICT DO UPDATE</c> (PostgreSQL and SQLite) adding a delivery's deltas to counters,
/// member totals and leaderboard aggregates: one statement per few hundred rows instead of one per award.
/// Names come from the EF model, so SQLite's flattened schemas and the snake_case convention are followed.
/// </summary>
internal sealed class BatchUpserts(CommunityDbContext db)
{
    // Stays under SQLite's 32,766 and PostgreSQL's 65,535 parameters per statement.
    private const int RowsPerStatement = 1000;

    public Task CountersAsync(IReadOnlyDictionary<(Guid UserId, Guid GroupId, string Metric), long> deltas, CancellationToken cancellationToken) =>
        UpsertAsync<MemberCounter>(
            [nameof(MemberCounter.UserId), nameof(MemberCounter.GroupId), nameof(MemberCounter.Metric), nameof(MemberCounter.Value)],
            keyCount: 3,
            added: [nameof(MemberCounter.Value)],
            replaced: [],
            deltas.Where(d => d.Value != 0).OrderBy(d => d.Key).Select(d => new object[] { d.Key.UserId, d.Key.GroupId, d.Key.Metric, d.Value }),
            cancellationToken);

    // The members' rows exist (created when locked), so this only ever updates; Level and UpdatedAt are placeholders.
    public Task TotalsAsync(IReadOnlyDictionary<Guid, (long Xp, long Balance)> deltas, CancellationToken cancellationToken) =>
        UpsertAsync<MemberPoints>(
            [nameof(MemberPoints.UserId), nameof(MemberPoints.Xp), nameof(MemberPoints.Balance), nameof(MemberPoints.Level), nameof(MemberPoints.UpdatedAt)],
            keyCount: 1,
            added: [nameof(MemberPoints.Xp), nameof(MemberPoints.Balance)],
            replaced: [],
            deltas.OrderBy(d => d.Key).Select(d => new object[] { d.Key, d.Value.Xp, d.Value.Balance, 1, DateTime.UnixEpoch }),
            cancellationToken);

    public Task LeaderboardAsync(IReadOnlyDictionary<(string Period, Guid Board, Guid UserId), (long Points, DateTime At)> deltas, CancellationToken cancellationToken) =>
        UpsertAsync<LeaderboardEntry>(
            [nameof(LeaderboardEntry.Period), nameof(LeaderboardEntry.GroupId), nameof(LeaderboardEntry.UserId), nameof(LeaderboardEntry.Points), nameof(LeaderboardEntry.UpdatedAt)],
            keyCount: 3,
            added: [nameof(LeaderboardEntry.Points)],
            replaced: [nameof(LeaderboardEntry.UpdatedAt)],
            deltas.OrderBy(d => d.Key).Select(d => new object[] { d.Key.Period, d.Key.Board, d.Key.UserId, d.Value.Points, Utc(d.Value.At) }),
            cancellationToken);

    /// <summary>Takes the member's row lock and reads their totals in one round trip (<c>UPDATE … RETURNING</c>); null if there is no row yet.</summary>
    public async Task<MemberState?> LockMemberAsync(Guid userId, DateTime now, CancellationToken cancellationToken)
    {
        var entityType = db.Model.FindEntityType(typeof(MemberPoints))!;
        string Column(string property) => Quote(entityType.FindProperty(property)!.GetColumnName());
        var sql = $"UPDATE {Table(entityType)} SET {Column(nameof(MemberPoints.UpdatedAt))} = {{0}} WHERE {Column(nameof(MemberPoints.UserId))} = {{1}} RETURNING *";
        // Not composed (no LINQ after FromSql), so EF sends the UPDATE as written.
        var rows = await db.Set<MemberPoints>().FromSqlRaw(sql, Utc(now), userId).AsNoTracking().ToListAsync(cancellationToken);
        return rows.Select(m => new MemberState { UserId = m.UserId, Xp = m.Xp, Balance = m.Balance, Level = m.Level }).FirstOrDefault();
    }

    // Rows are written in key order, so two deliveries touching the same rows lock them in the same order.
    private async Task UpsertAsync<TEntity>(
        string[] properties, int keyCount, string[] added, string[] replaced, IEnumerable<object[]> rows, CancellationToken cancellationToken)
    {
        var entityType = db.Model.FindEntityType(typeof(TEntity))!;
        var columns = properties.ToDictionary(p => p, p => Quote(entityType.FindProperty(p)!.GetColumnName()));
        var head = new StringBuilder()
            .Append("INSERT INTO ").Append(Table(entityType)).Append(" AS t (")
            .AppendJoin(", ", properties.Select(p => columns[p])).Append(") VALUES ")
            .ToString();
        var tail = new StringBuilder()
            .Append(" ON CONFLICT (").AppendJoin(", ", properties.Take(keyCount).Select(p => columns[p])).Append(") DO UPDATE SET ")
            .AppendJoin(", ", added.Select(p => $"{columns[p]} = t.{columns[p]} + excluded.{columns[p]}")
                .Concat(replaced.Select(p => $"{columns[p]} = excluded.{columns[p]}")))
            .ToString();

        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder(head);
            var parameters = new List<object>(chunk.Length * properties.Length);
            for (var row = 0; row < chunk.Length; row++)
            {
                sql.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < properties.Length; column++)
                {
                    sql.Append(column == 0 ? "{" : ", {").Append(parameters.Count).Append('}');
                    parameters.Add(chunk[row][column]);
                }

                sql.Append(')');
            }

            await db.Database.ExecuteSqlRawAsync(sql.Append(tail).ToString(), parameters, cancellationToken);
        }
    }

    private static string Table(IEntityType entityType) =>
        entityType.GetSchema() is { } schema ? $"{Quote(schema)}.{Quote(entityType.GetTableName()!)}" : Quote(entityType.GetTableName()!);

    private static string Quote(string name) => $"\"{name}\"";

    private static DateTime Utc(DateTime value) => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value.ToUniversalTime(), DateTimeKind.Utc);
}
