using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using UserOps.Community.Benchmarks.Outbox;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;

// Usage: dotnet run -c Release -- [sqlite|postgresql] [--messages N] [--rate R] [--seconds S] [--batch B] [--producer-batch P] [--analyze]
// PostgreSQL reads an admin connection string from USEROPS_BENCH_POSTGRES (or COMMUNITY_TEST_POSTGRES).
var settings = BenchSettings.Parse(args);
Console.WriteLine($"provider={settings.Provider} messages={settings.Messages} rate={settings.Rate}/s for {settings.Seconds}s "
    + $"outbox-batch={settings.BatchSize} producer-batch={settings.ProducerBatch} cores={Environment.ProcessorCount}");

await using (var database = await BenchDatabase.CreateAsync(settings.Provider))
{
    await ThroughputAsync(settings, database);
}

await using (var database = await BenchDatabase.CreateAsync(settings.Provider))
{
    await LagAsync(settings, database);
}

static async Task ThroughputAsync(BenchSettings settings, BenchDatabase database)
{
    using var host = BuildHost(settings, database);
    await EnsureSchemaAsync(host.Services);
    var recorder = host.Services.GetRequiredService<HandledRecorder>();
    var time = host.Services.GetRequiredService<TimeProvider>();

    var insert = Stopwatch.StartNew();
    for (var offset = 0; offset < settings.Messages; offset += 1000)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        for (var i = offset; i < Math.Min(offset + 1000, settings.Messages); i++)
        {
            db.AddIntegrationEvent(new BenchEventHappened(i) { OccurredAt = time.GetUtcNow().UtcDateTime }, Guid.CreateVersion7(), time);
        }

        await db.SaveChangesAsync();
    }

    Console.WriteLine($"throughput: pre-inserted {settings.Messages} messages in {insert.Elapsed.TotalSeconds:F1}s");
    if (settings.Analyze && database.Provider == DatabaseProvider.PostgreSql)
    {
        // What autovacuum would have done on a long-running server: planner statistics that know the backlog.
        await CountAsync(host.Services, db => db.Database.ExecuteSqlRawAsync("ANALYZE"));
    }

    recorder.Expect(settings.Messages);
    var drain = Stopwatch.StartNew();
    await host.StartAsync();
    await recorder.AllHandled.Task.WaitAsync(TimeSpan.FromSeconds(120));
    await host.Services.GetRequiredService<OutboxDrainer>().DrainAsync(TimeSpan.FromSeconds(60));
    drain.Stop();
    await host.StopAsync();

    var effects = await CountAsync(host.Services, db => db.Set<BenchEffect>().CountAsync());
    var countProcessed = database.Provider == DatabaseProvider.Sqlite
        ? "SELECT COUNT(*) AS \"Value\" FROM messaging_outbox_messages WHERE status = 1"
        : "SELECT COUNT(*) AS \"Value\" FROM messaging.outbox_messages WHERE status = 1";
    var processed = await CountAsync(host.Services, db => db.Database.SqlQueryRaw<int>(countProcessed).SingleAsync());
    Console.WriteLine($"throughput: {settings.Provider} delivered {settings.Messages} in {drain.Elapsed.TotalSeconds:F2}s = "
        + $"{settings.Messages / drain.Elapsed.TotalSeconds:F0} msg/s (effects={effects}, processed={processed})");
}

static async Task LagAsync(BenchSettings settings, BenchDatabase database)
{
    using var host = BuildHost(settings, database);
    await EnsureSchemaAsync(host.Services);
    var recorder = host.Services.GetRequiredService<HandledRecorder>();
    var time = host.Services.GetRequiredService<TimeProvider>();
    await host.StartAsync();

    var committedAt = new Dictionary<Guid, long>();
    var total = settings.Rate * settings.Seconds;
    recorder.Expect(total);
    var clock = Stopwatch.StartNew();
    var produced = 0;
    using var ticker = new PeriodicTimer(TimeSpan.FromMilliseconds(1000.0 * settings.ProducerBatch / settings.Rate));
    while (produced < total && await ticker.WaitForNextTickAsync())
    {
        // Keep the average rate steady: catch up when a tick was late.
        var due = Math.Min(total, (int)(clock.Elapsed.TotalSeconds * settings.Rate) + settings.ProducerBatch);
        while (produced < due)
        {
            var count = Math.Min(settings.ProducerBatch, due - produced);
            var ids = new List<Guid>(count);
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
                for (var i = 0; i < count; i++)
                {
                    var integrationEvent = new BenchEventHappened(produced + i) { OccurredAt = time.GetUtcNow().UtcDateTime };
                    db.AddIntegrationEvent(integrationEvent, Guid.CreateVersion7(), time);
                    ids.Add(integrationEvent.EventId);
                }

                await db.SaveChangesAsync();
            }

            var committed = Stopwatch.GetTimestamp();
            foreach (var id in ids)
            {
                committedAt[id] = committed;
            }

            produced += count;
        }
    }

    var producing = clock.Elapsed;
    await recorder.AllHandled.Task.WaitAsync(TimeSpan.FromSeconds(60));
    await host.Services.GetRequiredService<OutboxDrainer>().DrainAsync(TimeSpan.FromSeconds(60));
    await host.StopAsync();

    var lags = committedAt
        .Select(pair => Stopwatch.GetElapsedTime(pair.Value, recorder.HandledAt[pair.Key]).TotalMilliseconds)
        .Order()
        .ToArray();
    var effects = await CountAsync(host.Services, db => db.Set<BenchEffect>().CountAsync());
    Console.WriteLine($"lag: {settings.Provider} produced {produced} in {producing.TotalSeconds:F1}s ({produced / producing.TotalSeconds:F0} msg/s), "
        + $"commit-to-handler p50={Percentile(lags, 0.50):F1}ms p90={Percentile(lags, 0.90):F1}ms p99={Percentile(lags, 0.99):F1}ms "
        + $"max={lags[^1]:F1}ms (effects={effects})");
}

static IHost BuildHost(BenchSettings settings, BenchDatabase database)
{
    var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Database:Provider"] = database.Provider.ToString(),
        [$"ConnectionStrings:{DatabaseRegistration.ConnectionStringName}"] = database.ConnectionString,
        ["Outbox:BatchSize"] = settings.BatchSize.ToString(CultureInfo.InvariantCulture),
    });
    builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
    builder.Services.AddCommunityDatabase();
    builder.Services.AddOutbox(builder.Configuration);
    builder.Services.AddSingleton<IModuleModel, BenchModuleModel>();
    builder.Services.AddSingleton<HandledRecorder>();
    builder.Services.AddIntegrationEventHandler<BenchEventHappened, BenchEventHandler>();
    return builder.Build();
}

static async Task EnsureSchemaAsync(IServiceProvider services)
{
    await using var scope = services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Database.EnsureCreatedAsync();
}

static async Task<int> CountAsync(IServiceProvider services, Func<CommunityDbContext, Task<int>> count)
{
    await using var scope = services.CreateAsyncScope();
    return await count(scope.ServiceProvider.GetRequiredService<CommunityDbContext>());
}

static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

internal sealed record BenchSettings(DatabaseProvider Provider, int Messages, int Rate, int Seconds, int BatchSize, int ProducerBatch, bool Analyze)
{
    public static BenchSettings Parse(string[] args)
    {
        var provider = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal)
            ? Enum.Parse<DatabaseProvider>(args[0], ignoreCase: true)
            : DatabaseProvider.Sqlite;
        int Option(string name, int fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
        }

        return new BenchSettings(provider, Option("--messages", 20_000), Option("--rate", 1_000), Option("--seconds", 15),
            Option("--batch", 200), Option("--producer-batch", 10), args.Contains("--analyze"));
    }
}

/// <summary>A fresh database for one phase: a temp SQLite file, or a new database on the PostgreSQL server.</summary>
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
