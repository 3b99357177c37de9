using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Seeding;
using UserOps.Community.Content;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Engagement;
using UserOps.Community.Groups;
using UserOps.Community.Growth;
using UserOps.Community.Identity;
using UserOps.Community.Notifications;
using UserOps.Community.Referrals;

namespace UserOps.Community.Benchmarks.Growth;

internal sealed record PipelineSettings(DatabaseProvider Provider, int Events, int Members, int Groups, int BatchSize, bool Analyze, bool Profile, int Warmup);

/// <summary>
/// The whole points pipeline as the app runs it: the host's modules (Identity, Groups, Content, Growth) on a migrated
/// database with the default rules and levels, N content events pre-inserted into the outbox, then the dispatcher
/// drains them (rules, ledger, totals, levels, leaderboard aggregates, and the other modules' handlers of the same events).
/// </summary>
internal static class Pipeline
{
    public static async Task RunAsync(PipelineSettings settings)
    {
        Console.WriteLine($"pipeline provider={settings.Provider} events={settings.Events:N0} members={settings.Members:N0} groups={settings.Groups} "
            + $"outbox-batch={settings.BatchSize} cores={Environment.ProcessorCount}");
        await using var database = await BenchDatabase.CreateAsync(settings.Provider);
        using var host = BuildHost(settings, database);
        var prepare = Stopwatch.StartNew();
        await DatabaseMigrator.MigrateAsync(host.Services);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>())
            {
                await task.RunAsync(CancellationToken.None);
            }
        }

        Console.WriteLine($"migrated and ran start-up tasks in {prepare.Elapsed.TotalSeconds:F1}s");
        var time = host.Services.GetRequiredService<TimeProvider>();
        var community = new Community(
            [.. Enumerable.Range(0, settings.Members).Select(_ => Guid.CreateVersion7())], [.. Enumerable.Range(0, settings.Groups).Select(_ => Guid.CreateVersion7())]);
        await BenchCommunity.InsertMembersAsync(host.Services, database, community.Members, community.Groups, time.GetUtcNow().UtcDateTime);
        if (settings.Warmup > 0)
        {
            // A community that has been running: history in every table and statistics that know it (autovacuum's
            // ANALYZE), drained by the drainer before the dispatcher starts. Not timed.
            var warm = Stopwatch.StartNew();
            await PreInsertAsync(host.Services, database, community, settings.Warmup, seed: 20261127, time);
            await host.Services.GetRequiredService<OutboxDrainer>().DrainAsync(TimeSpan.FromMinutes(10));
            await AnalyzeAsync(host.Services, database);
            Console.WriteLine($"warm-up: {settings.Warmup:N0} events drained and the database analysed in {warm.Elapsed.TotalSeconds:F1}s");
        }

        var insert = Stopwatch.StartNew();
        var counts = await PreInsertAsync(host.Services, database, community, settings.Events, seed: 20261128, time);
        Console.WriteLine($"pre-inserted {settings.Events:N0} events ({counts}) in {insert.Elapsed.TotalSeconds:F1}s");
        if (settings.Analyze)
        {
            await AnalyzeAsync(host.Services, database);
        }

        using var profiler = settings.Profile ? CommandProfiler.Start() : null;
        var drain = Stopwatch.StartNew();
        await host.StartAsync();
        // The background dispatcher does the work alone, as in the app: a second worker (the drainer) would compete
        // for SQLite's single writer lock. Poll with cheap reads, then let the drainer confirm nothing is left.
        // One index probe per lane on (lane, status, id), every 250 ms (≤ 1 % of a drain): polled every 50 ms, the probe
        // (slow once the index fills with dead entries of processed messages) took a quarter of PostgreSQL's time.
        var outbox = Table(database, "messaging", "outbox_messages");
        var pending = $"SELECT COUNT(*) AS \"Value\" FROM (SELECT 1 AS x FROM (SELECT 1 AS x FROM {outbox} WHERE lane = 0 AND status = 0 LIMIT 1) AS d "
            + $"UNION ALL SELECT 1 AS x FROM (SELECT 1 AS x FROM {outbox} WHERE lane = 1 AND status = 0 LIMIT 1) AS r) AS p";
        while (await ScalarAsync(host.Services, pending) > 0 && drain.Elapsed < TimeSpan.FromMinutes(10))
        {
            await Task.Delay(250);
        }

        await host.Services.GetRequiredService<OutboxDrainer>().DrainAsync(TimeSpan.FromMinutes(1));
        drain.Stop();
        await host.StopAsync();

                var processed = await ScalarAsync(host.Services, $"SELECT COUNT(*) AS \"Value\" FROM {Table(database, "messaging", "outbox_messages")} WHERE status = 1");
        var activities = await ScalarAsync(host.Services, $"SELECT COUNT(*) AS \"Value\" FROM {Table(database, "growth", "activities")}");
        var entries = await ScalarAsync(host.Services, $"SELECT COUNT(*) AS \"Value\" FROM {Table(database, "growth", "point_entries")}");
        var boards = await ScalarAsync(host.Services, $"SELECT COUNT(*) AS \"Value\" FROM {Table(database, "growth", "leaderboard_points")}");
        var levelled = await ScalarAsync(host.Services, $"SELECT COUNT(*) AS \"Value\" FROM {Table(database, "growth", "member_points")} WHERE level > 1");
        Console.WriteLine($"pipeline: {settings.Provider} drained {settings.Events:N0} events in {drain.Elapsed.TotalSeconds:F2}s = "
            + $"{settings.Events / drain.Elapsed.TotalSeconds:F0} events/s (outbox messages processed={processed:N0} incl. PointsAwarded/LevelReached, "
            + $"activities={activities:N0}, point entries={entries:N0}, leaderboard rows={boards:N0}, members above level 1={levelled:N0})");
        // The three places points are kept must agree, whichever write path (COPY, unnest, SaveChanges) stored them.
        var ledgerXp = await ScalarAsync(host.Services, $"SELECT COALESCE(SUM(amount), 0) AS \"Value\" FROM {Table(database, "growth", "point_entries")} WHERE kind IN (0, 1, 4, 5)");
        var membersXp = await ScalarAsync(host.Services, $"SELECT COALESCE(SUM(xp), 0) AS \"Value\" FROM {Table(database, "growth", "member_points")}");
        var boardXp = await ScalarAsync(host.Services, $"SELECT COALESCE(SUM(points), 0) AS \"Value\" FROM {Table(database, "growth", "leaderboard_points")} WHERE period = 'all' AND group_id = '{Guid.Empty}'");
        Console.WriteLine($"consistency: ledger XP {ledgerXp:N0}, members' XP {membersXp:N0}, all-time board {boardXp:N0}: "
            + (ledgerXp == membersXp && membersXp == boardXp ? "agree" : "DISAGREE"));
        profiler?.Print(drain.Elapsed, settings.Events);
    }

    private static IHost BuildHost(PipelineSettings settings, BenchDatabase database)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            [$"ConnectionStrings:{DatabaseRegistration.ConnectionStringName}"] = database.ConnectionString,
            ["Outbox:BatchSize"] = settings.BatchSize.ToString(CultureInfo.InvariantCulture),
            ["Bootstrap:AdminEmail"] = string.Empty,
        });
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddCommunityDatabase();
        services.AddOutbox(builder.Configuration);
        // The same modules, in the same order, as the host's composition root.
        services.AddIdentityModule(builder.Configuration);
        services.AddGroupsModule(builder.Configuration);
        services.AddContentModule(builder.Configuration);
        services.AddGrowthModule(builder.Configuration);
        services.AddNotificationsModule(builder.Configuration);
        services.AddEngagementModule(builder.Configuration);
        services.AddReferralsModule(builder.Configuration);
        return builder.Build();
    }

    /// <summary>
    /// A day of activity: 25% posts, 25% comments, 50% reactions, on earlier posts, by members chosen with a skew
    /// (a few very active members), one aggregate per post as Content writes them. 1,000 events per transaction.
    /// </summary>
    private static async Task<string> PreInsertAsync(IServiceProvider services, BenchDatabase database, Community community, int events, int seed, TimeProvider time)
    {
        var random = new Random(seed);
        var (members, groups) = (community.Members, community.Groups);
        var posts = new List<BenchPost>();
        string[] reactions = ["like", "love", "insightful", "funny", "celebrate"];
        var start = time.GetUtcNow().UtcDateTime.AddMinutes(-30);
        int published = 0, commented = 0, reacted = 0;
        Guid Member() => members[(int)(Math.Pow(random.NextDouble(), 2) * members.Length)];
        for (var offset = 0; offset < events; offset += 1000)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            for (var i = offset; i < Math.Min(offset + 1000, events); i++)
            {
                var at = start.AddMilliseconds(i * 30.0 * 60 * 1000 / events);
                var kind = random.NextDouble();
                if (posts.Count < 20 || kind < 0.25)
                {
                    var post = new BenchPost(Guid.CreateVersion7(), groups[random.Next(groups.Length)], Member(), at);
                    posts.Add(post);
                    db.AddIntegrationEvent(new PostPublished(post.Id, post.Group, post.Author, "A benchmark post", ["benchmark"], 40 + random.Next(2000)) { OccurredAt = at }, post.Id, time);
                    published++;
                    continue;
                }

                // Recent posts get most of the attention.
                var target = posts[posts.Count - 1 - (int)(Math.Pow(random.NextDouble(), 3) * posts.Count)];
                if (kind < 0.5)
                {
                    target.Comments++;
                    db.AddIntegrationEvent(
                        new CommentPosted(Guid.CreateVersion7(), target.Id, target.Group, Member(), target.Author, null, null, 5 + random.Next(500)) { OccurredAt = at },
                        target.Id, time);
                    commented++;
                }
                else
                {
                    target.Likes++;
                    db.AddIntegrationEvent(
                        new ReactionAdded(ContentKind.Post, target.Id, target.Id, target.Group, Member(), target.Author, reactions[random.Next(reactions.Length)]) { OccurredAt = at },
                        target.Id, time);
                    reacted++;
                }
            }

            await db.SaveChangesAsync();
        }

        await BenchCommunity.InsertPostsAsync(services, database, posts);
        return $"{published:N0} PostPublished, {commented:N0} CommentPosted, {reacted:N0} ReactionAdded, {members.Length:N0} members";
    }

    // What autovacuum's ANALYZE would have done by now on a running system.
    private static Task AnalyzeAsync(IServiceProvider services, BenchDatabase database) =>
        ExecuteAsync(services, "ANALYZE");

    // SQLite has no schemas: the model flattens "growth.point_entries" into "growth_point_entries".
    private static string Table(BenchDatabase database, string schema, string name) =>
        database.Provider == DatabaseProvider.Sqlite ? $"{schema}_{name}" : $"{schema}.{name}";

    private static async Task ExecuteAsync(IServiceProvider services, string sql)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Database.ExecuteSqlRawAsync(sql);
    }

    private static async Task<long> ScalarAsync(IServiceProvider services, string sql)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Database.SqlQueryRaw<long>(sql).SingleAsync();
    }
}

/// <summary>The members and groups every generated event refers to, the same in the warm-up and the timed run.</summary>
internal sealed record Community(Guid[] Members, Guid[] Groups);
