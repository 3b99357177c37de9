using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace UserOps.Community.Benchmarks.Growth;

internal sealed record LeaderboardSettings(Uri Url, string Connection, int Members, int Excluded, int Probes, int Readers, TimeSpan Duration, TimeSpan Warmup);

/// <summary>
/// Leaderboard reads at scale on PostgreSQL: COPY N members' aggregates for the current week and all-time (global board),
/// a few hundred exclusions, then signed-in probe members placed at the top, middle and bottom request
/// GET /api/leaderboards?period=week in a closed loop; prints latency per rank class and the plans of both queries.
/// </summary>
internal static class LeaderboardBench
{
    private const string Password = "Bench!2026pass";

    public static async Task RunAsync(LeaderboardSettings settings)
    {
        await using var dataSource = NpgsqlDataSource.Create(settings.Connection);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Readers * 2 }) { BaseAddress = settings.Url };
        using (var anonymous = JsonDocument.Parse(await client.GetStringAsync("/api/leaderboards?period=week")))
        {
            var key = anonymous.RootElement.GetProperty("key").GetString()!;
            Console.WriteLine($"leaderboard {settings.Url}: week key {key}, members={settings.Members:N0} excluded={settings.Excluded} readers={settings.Readers} cores={Environment.ProcessorCount}");
            await SeedAsync(dataSource, key, settings);
            var probes = await PlaceProbesAsync(client, dataSource, key, settings.Probes);
            Console.WriteLine();
            Console.WriteLine("| probe rank class | my rank (dense) | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var group in probes.GroupBy(p => p.Class))
            {
                await MeasureAsync(client, [.. group], settings);
            }

            await PlansAsync(dataSource, key, probes);
        }
    }

    private static async Task SeedAsync(NpgsqlDataSource dataSource, string weekKey, LeaderboardSettings settings)
    {
        await using (var count = dataSource.CreateCommand("SELECT COUNT(*) FROM growth.leaderboard_points WHERE period = $1 AND group_id = $2"))
        {
            count.Parameters.AddWithValue(weekKey);
            count.Parameters.AddWithValue(Guid.Empty);
            if ((long)(await count.ExecuteScalarAsync())! >= settings.Members)
            {
                Console.WriteLine("already seeded");
                return;
            }
        }

        var clock = Stopwatch.StartNew();
        var random = new Random(20261201);
        var users = new Guid[settings.Members];
        var now = DateTime.UtcNow;
        await using (var connection = await dataSource.OpenConnectionAsync())
        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY growth.leaderboard_points (period, group_id, user_id, points, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < users.Length; i++)
            {
                users[i] = Guid.CreateVersion7();
                // Heavy-tailed like real activity: most members have a few points, a few have thousands (many ties low down).
                var week = 1 + (long)(Math.Exp(random.NextDouble() * random.NextDouble() * 9) - 1);
                var all = week + (long)(Math.Exp(random.NextDouble() * random.NextDouble() * 11) - 1);
                foreach (var (period, points) in new[] { (weekKey, week), ("all", all) })
                {
                    await importer.StartRowAsync();
                    await importer.WriteAsync(period, NpgsqlDbType.Text);
                    await importer.WriteAsync(Guid.Empty, NpgsqlDbType.Uuid);
                    await importer.WriteAsync(users[i], NpgsqlDbType.Uuid);
                    await importer.WriteAsync(points, NpgsqlDbType.Bigint);
                    await importer.WriteAsync(now.AddSeconds(-random.Next(7 * 86_400)), NpgsqlDbType.TimestampTz);
                }
            }

            await importer.CompleteAsync();
        }

        await using (var connection = await dataSource.OpenConnectionAsync())
        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY growth.leaderboard_exclusions (user_id, reason, since) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var user in users.OrderBy(_ => random.Next()).Take(settings.Excluded))
            {
                await importer.StartRowAsync();
                await importer.WriteAsync(user, NpgsqlDbType.Uuid);
                await importer.WriteAsync("opted-out", NpgsqlDbType.Text);
                await importer.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }

            await importer.CompleteAsync();
        }

        await using (var analyze = dataSource.CreateCommand("VACUUM ANALYZE growth.leaderboard_points; ANALYZE growth.leaderboard_exclusions"))
        {
            analyze.CommandTimeout = 0;
            await analyze.ExecuteNonQueryAsync();
        }

        Console.WriteLine($"seeded {settings.Members * 2:N0} leaderboard rows and {settings.Excluded} exclusions in {clock.Elapsed.TotalSeconds:F1}s");
    }

    /// <summary>Registers probe members and gives each week points at the top, the median, or the bottom (1 point).</summary>
    private static async Task<List<Probe>> PlaceProbesAsync(HttpClient client, NpgsqlDataSource dataSource, string weekKey, int count)
    {
        async Task<long> ScalarAsync(string sql)
        {
            await using var command = dataSource.CreateCommand(sql);
            command.Parameters.AddWithValue(weekKey);
            return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        var max = await ScalarAsync("SELECT MAX(points) FROM growth.leaderboard_points WHERE period = $1");
        var median = await ScalarAsync("SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY points) FROM growth.leaderboard_points WHERE period = $1");
        var run = Guid.NewGuid().ToString("N")[..8];
        var probes = new List<Probe>();
        for (var i = 0; i < count; i++)
        {
            var (rankClass, points) = (i % 3) switch { 0 => ("top", max + 1 + i), 1 => ("middle", median), _ => ("bottom", 1L) };
            var email = $"probe{i}-{run}@bench.local";
            using var registered = await client.PostAsJsonAsync("/api/auth/register", new { email, password = Password, displayName = $"Probe {i}" });
            registered.EnsureSuccessStatusCode();
            var id = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            using var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password });
            login.EnsureSuccessStatusCode();
            var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
            await using var upsert = dataSource.CreateCommand(
                "INSERT INTO growth.leaderboard_points (period, group_id, user_id, points, updated_at) VALUES ($1, $2, $3, $4, now()) "
                + "ON CONFLICT (period, group_id, user_id) DO UPDATE SET points = excluded.points");
            upsert.Parameters.AddWithValue(weekKey);
            upsert.Parameters.AddWithValue(Guid.Empty);
            upsert.Parameters.AddWithValue(id);
            upsert.Parameters.AddWithValue(points);
            await upsert.ExecuteNonQueryAsync();
            probes.Add(new Probe(rankClass, id, token, points));
        }

        return probes;
    }

    private static async Task MeasureAsync(HttpClient client, List<Probe> probes, LeaderboardSettings settings)
    {
        HttpRequestMessage Request(Probe probe)
        {
            var message = new HttpRequestMessage(HttpMethod.Get, "/api/leaderboards?period=week&limit=100");
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", probe.Token);
            return message;
        }

        int? rank;
        bool approximate;
        using (var first = await client.SendAsync(Request(probes[0])))
        {
            var body = await first.Content.ReadFromJsonAsync<JsonElement>();
            var me = body.GetProperty("me");
            rank = me.GetProperty("rank").ValueKind == JsonValueKind.Number ? me.GetProperty("rank").GetInt32() : null;
            approximate = me.GetProperty("approximate").GetBoolean();
        }

        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (long)(settings.Warmup.TotalSeconds * Stopwatch.Frequency);
        var end = measureFrom + (long)(settings.Duration.TotalSeconds * Stopwatch.Frequency);
        var results = await Task.WhenAll(Enumerable.Range(0, settings.Readers).Select(reader => Task.Run(async () =>
        {
            var latencies = new List<double>();
            var errors = 0;
            for (var n = reader; ; n++)
            {
                var before = Stopwatch.GetTimestamp();
                if (before >= end)
                {
                    return (latencies, errors);
                }

                using var message = Request(probes[n % probes.Count]);
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead);
                if (before < measureFrom)
                {
                    continue;
                }

                latencies.Add(Stopwatch.GetElapsedTime(before).TotalMilliseconds);
                errors += response.IsSuccessStatusCode ? 0 : 1;
            }
        })));
        var all = results.SelectMany(r => r.latencies).Order().ToArray();
        double P(double p) => all[Math.Clamp((int)Math.Ceiling(p * all.Length) - 1, 0, all.Length - 1)];
        Console.WriteLine($"| {probes[0].Class} ({probes[0].Points:N0} pts) | {rank?.ToString("N0", CultureInfo.InvariantCulture) ?? "-"}{(approximate ? " (snapshot)" : " (counted)")} | {all.Length:N0} | "
            + $"{all.Length / settings.Duration.TotalSeconds:F0} | {P(0.50):F2} | {P(0.95):F2} | {P(0.99):F2} | {all[^1]:F2} | {results.Sum(r => r.errors)} |");
    }

    /// <summary>EXPLAIN ANALYZE of the queries the endpoint runs, in the shape EF Core generates them (ADR 0042).</summary>
    private static async Task PlansAsync(NpgsqlDataSource dataSource, string weekKey, List<Probe> probes)
    {
        const string Ranked = "FROM growth.leaderboard_points AS l WHERE l.period = $1 AND l.group_id = $2 AND l.points > 0 "
            + "AND l.user_id NOT IN (SELECT x.user_id FROM growth.leaderboard_exclusions AS x)";
        var queries = new List<(string Name, string Sql, long? Points)>
        {
            ("top 100", $"SELECT l.period, l.group_id, l.user_id, l.points, l.updated_at {Ranked} ORDER BY l.points DESC, l.updated_at, l.user_id LIMIT 100", null),
        };
        foreach (var probe in probes.DistinctBy(p => p.Class))
        {
            queries.Add(($"rows above, {probe.Class} ({probe.Points:N0} pts), capped at ExactRankWithin", "SELECT COUNT(*)::int FROM (SELECT 1 FROM growth.leaderboard_points AS l "
                + "WHERE l.period = $1 AND l.group_id = $2 AND l.points > $3 LIMIT 1000) AS s", probe.Points));
        }

        var top = probes.First(p => p.Class == "top");
        queries.Add(($"exact rank, top ({top.Points:N0} pts): fewer rows above than the cap", $"SELECT COUNT(*)::int FROM (SELECT DISTINCT l.points {Ranked} AND l.points > $3) AS s", top.Points));
        queries.Add(("snapshot of distinct values (once per board per RankSnapshotFor)", $"SELECT DISTINCT l.points {Ranked} ORDER BY l.points", null));

        foreach (var (name, sql, points) in queries)
        {
            await using var command = dataSource.CreateCommand($"EXPLAIN (ANALYZE, BUFFERS) {sql}");
            command.Parameters.AddWithValue(weekKey);
            command.Parameters.AddWithValue(Guid.Empty);
            if (points is { } value)
            {
                command.Parameters.AddWithValue(value);
            }

            Console.WriteLine();
            Console.WriteLine($"**{name}**");
            Console.WriteLine("```");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                Console.WriteLine("  " + reader.GetString(0));
            }

            Console.WriteLine("```");
        }
    }

    private sealed record Probe(string Class, Guid Id, string Token, long Points);
}
