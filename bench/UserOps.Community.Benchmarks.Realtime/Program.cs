// Real-time fan-out through the whole product: C WebSocket connections subscribed to one group on a running host,
// posts published at a steady rate through POST /api/groups/{id}/posts; each post commits, goes through the outbox
// to the Notifications handler and is pushed after commit. Latency = receipt time - the event's OccurredAt (taken
// just before the commit, same machine clock). Same pass rule as ../shared/tools/signalr-baseline: p99 < limit,
// nothing missing, no connection dropped, and the poster kept its schedule.
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using UserOps.Community.Notifications.Contracts;

var options = BenchOptions.Parse(args);
var inv = CultureInfo.InvariantCulture;
using var http = new HttpClient { BaseAddress = new Uri(options.Url), Timeout = TimeSpan.FromMinutes(2) };

// Set-up: one author (privileged by the admin) owns the group; C connections share a pool of members' tokens.
var admin = await Api.LoginAsync(http, options.AdminEmail, options.AdminPassword);
var author = await Api.RegisterAsync(http, "author");
await Api.SendAsync(http, admin, HttpMethod.Post, $"/api/admin/users/{author.Id}/points", new { amount = 150, reason = "benchmark" });
var groupId = (await Api.SendAsync(http, author.Token, HttpMethod.Post, "/api/groups", new { name = "Bench", slug = $"b-{Guid.NewGuid():N}"[..20] })).GetProperty("id").GetGuid();
var tokens = new List<string>();
for (var i = 0; i < Math.Min(options.Members, options.Conns); i++)
{
    tokens.Add((await Api.RegisterAsync(http, $"m{i}")).Token);
}

var conns = new Conn[options.Conns];
var connectWatch = Stopwatch.StartNew();
var failed = 0;
for (var i = 0; i < options.Conns; i += options.Batch)
{
    var end = Math.Min(options.Conns, i + options.Batch);
    await Task.WhenAll(Enumerable.Range(i, end - i).Select(ConnectOneAsync));
}

connectWatch.Stop();
var serverPid = options.ServerPid;
Console.WriteLine($"CONNECT C={options.Conns} ok={conns.Count(c => c is { Closed: false })} failed={failed} time={connectWatch.Elapsed.TotalSeconds.ToString("F2", inv)}s");
await Task.Delay(TimeSpan.FromSeconds(3));
var idleRss = Sys.RssKb(serverPid);
Console.WriteLine($"IDLE server VmRSS={idleRss / 1024} MiB");

// Warm-up: JIT, tiering, pools; not recorded.
await StepAsync(options.Rates[0], Math.Max(1, (int)Math.Round(options.Rates[0] * options.Warmup)), record: false);
var results = new List<StepResult>();
foreach (var rate in options.Rates)
{
    var result = await StepAsync(rate, Math.Max(1, (int)Math.Round(rate * options.Duration)), record: true);
    results.Add(result!);
    if (!result!.Pass)
    {
        break;
    }
}

var best = results.Where(r => r.Pass).OrderByDescending(r => r.Rate).FirstOrDefault();
Console.WriteLine(best is null
    ? $"SUMMARY C={options.Conns} idleRSS={idleRss / 1024}MiB: no rate passed"
    : string.Create(inv, $"SUMMARY C={options.Conns} idleRSS={idleRss / 1024}MiB maxR={best.Rate} deliveries/s={best.DeliveriesPerSec:F0} p50={best.P50:F1}ms p95={best.P95:F1}ms p99={best.P99:F1}ms max={best.Max:F1}ms lost={best.Missing} peakRSS={best.PeakRssKb / 1024}MiB"));
Recorder.ShuttingDown = true;
await Task.WhenAll(conns.Where(c => c?.Hub is not null).Select(c => c.Hub!.DisposeAsync().AsTask()));
return 0;

async Task ConnectOneAsync(int i)
{
    var token = tokens[i % tokens.Count];
    var hub = new HubConnectionBuilder()
        .WithUrl(new Uri(new Uri(options.Url), "/hubs/community"), o =>
        {
            o.Transports = HttpTransportType.WebSockets;
            o.SkipNegotiation = true;
            o.AccessTokenProvider = () => Task.FromResult<string?>(token);
        })
        .Build();
    var conn = conns[i] = new Conn { Hub = hub };
    hub.On<PostPublishedMessage>(RealtimeMethods.PostPublished, m => Recorder.Record(conn, m));
    hub.Closed += _ =>
    {
        conn.Closed = true;
        if (!Recorder.ShuttingDown)
        {
            Interlocked.Increment(ref Recorder.Dropped);
        }

        return Task.CompletedTask;
    };
    try
    {
        await hub.StartAsync();
        await hub.InvokeAsync<GroupSubscription>("SubscribeGroup", groupId);
    }
    catch (Exception exception)
    {
        if (Interlocked.Increment(ref failed) == 1)
        {
            Console.WriteLine($"first connect error: {exception.GetBaseException().Message}");
        }

        conn.Closed = true;
    }
}

async Task<StepResult?> StepAsync(double rate, int n, bool record)
{
    var live = conns.Where(c => c is { Closed: false }).ToArray();
    foreach (var c in live)
    {
        c.Received = 0;
    }

    Recorder.Reset();
    long peakRss = 0;
    var stop = false;
    var sampler = Task.Run(async () =>
    {
        while (!Volatile.Read(ref stop))
        {
            peakRss = Math.Max(peakRss, Sys.RssKb(serverPid));
            await Task.Delay(200);
        }
    });

    // Paced posting: post k starts at k/R seconds; requests overlap when one is slow, like independent authors.
    var started = Stopwatch.StartNew();
    var lags = new double[n];
    var posts = new List<Task>(n);
    for (var k = 0; k < n; k++)
    {
        var due = TimeSpan.FromSeconds(k / rate);
        var wait = due - started.Elapsed;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        var index = k;
        lags[index] = (started.Elapsed - due).TotalMilliseconds;
        posts.Add(Api.SendAsync(http, author.Token, HttpMethod.Post, $"/api/groups/{groupId}/posts",
            new { title = $"Bench post {index}", body = "A benchmark post, long enough to earn its author points like a real one." }));
    }

    await Task.WhenAll(posts);
    var sendSeconds = started.Elapsed.TotalSeconds;
    long expected = (long)n * live.Length;
    var drain = Stopwatch.StartNew();
    while (drain.Elapsed.TotalSeconds < options.Drain && live.Sum(c => (long)c.Received) < expected)
    {
        await Task.Delay(20);
    }

    Volatile.Write(ref stop, true);
    await sampler;
    var delivered = live.Sum(c => (long)c.Received);
    var missing = live.Sum(c => (long)Math.Max(0, n - c.Received));
    var dropped = live.Count(c => c.Closed);
    var window = Math.Max(1e-3, (Recorder.LastReceivedTicks - Recorder.FirstReceivedTicks) / 1e7);
    var achieved = n / Math.Max(1e-3, sendSeconds);
    var (p50, p95, p99) = (Recorder.Percentile(0.50), Recorder.Percentile(0.95), Recorder.Percentile(0.99));
    var pass = missing == 0 && dropped == 0 && p99 < options.P99LimitMs && lags.Max() < options.P99LimitMs && achieved >= 0.95 * rate;
    var result = new StepResult(rate, n, delivered, n > 1 ? delivered / window : delivered, p50, p95, p99, Recorder.MaxTicks / 1e4, missing, dropped, peakRss, pass);
    Console.WriteLine(string.Create(inv,
        $"{(record ? "STEP" : "WARMUP")} C={live.Length} R={rate}/s n={n} delivered={delivered}/{expected} missing={missing} dropped={dropped} deliveries/s={result.DeliveriesPerSec:F0} " +
        $"p50={p50:F1} p95={p95:F1} p99={p99:F1} max={result.Max:F1}ms poster: achieved={achieved:F2}/s maxLag={lags.Max():F0}ms serverRSS peak={peakRss / 1024}MiB => {(pass ? "PASS" : "FAIL")}"));
    await Task.Delay(TimeSpan.FromSeconds(options.Settle));
    return record ? result : null;
}

internal sealed record Member(Guid Id, string Token);

internal sealed record StepResult(double Rate, int N, long Delivered, double DeliveriesPerSec, double P50, double P95, double P99, double Max, long Missing, int Dropped, long PeakRssKb, bool Pass);

internal sealed class Conn
{
    public HubConnection? Hub;
    public volatile bool Closed;
    public int Received;
}

internal static class Recorder
{
    // 0.1 ms buckets up to 120 s, as in the baseline client.
    private static readonly long[] Histogram = new long[1_200_001];
    public static long MaxTicks;
    public static long FirstReceivedTicks;
    public static long LastReceivedTicks;
    public static long Dropped;
    public static volatile bool ShuttingDown;

    public static void Reset()
    {
        Array.Clear(Histogram);
        MaxTicks = 0;
        FirstReceivedTicks = long.MaxValue;
        LastReceivedTicks = 0;
    }

    public static void Record(Conn conn, PostPublishedMessage message)
    {
        var now = DateTime.UtcNow.Ticks;
        var latency = Math.Max(0, now - message.OccurredAt.Ticks);
        Interlocked.Increment(ref Histogram[Math.Min(latency / 1000, Histogram.Length - 1)]);
        InterlockedMax(ref MaxTicks, latency);
        InterlockedMax(ref LastReceivedTicks, now);
        InterlockedMin(ref FirstReceivedTicks, now);
        conn.Received++;
    }

    public static double Percentile(double q)
    {
        long total = 0;
        foreach (var count in Histogram)
        {
            total += count;
        }

        if (total == 0)
        {
            return double.NaN;
        }

        long target = (long)Math.Ceiling(q * total), accumulated = 0;
        for (var i = 0; i < Histogram.Length; i++)
        {
            accumulated += Histogram[i];
            if (accumulated >= target)
            {
                return (i + 1) / 10.0;
            }
        }

        return double.NaN;
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var previous = Interlocked.CompareExchange(ref target, value, current);
            if (previous == current)
            {
                break;
            }

            current = previous;
        }
    }

    private static void InterlockedMin(ref long target, long value)
    {
        var current = Volatile.Read(ref target);
        while (value < current)
        {
            var previous = Interlocked.CompareExchange(ref target, value, current);
            if (previous == current)
            {
                break;
            }

            current = previous;
        }
    }
}

internal static class Api
{
    private const string Password = "Bench!Passw0rd1";

    public static async Task<string> LoginAsync(HttpClient http, string email, string password)
    {
        using var response = await http.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public static async Task<Member> RegisterAsync(HttpClient http, string name)
    {
        var email = $"{name}-{Guid.NewGuid():N}@bench.local";
        using var response = await http.PostAsJsonAsync("/api/auth/register", new { email, password = Password, displayName = name });
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return new Member(id, await LoginAsync(http, email, Password));
    }

    public static async Task<JsonElement> SendAsync(HttpClient http, string token, HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? (text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone())
            : throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {text}");
    }
}

internal static class Sys
{
    public static long RssKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The server is gone; report no figure.
        }

        return -1;
    }
}

internal sealed class BenchOptions
{
    public string Url { get; private set; } = "http://127.0.0.1:5090";
    public string AdminEmail { get; private set; } = "admin@bench.local";
    public string AdminPassword { get; private set; } = "Admin!Passw0rd";
    public int Conns { get; private set; } = 1000;
    public int Members { get; private set; } = 50;
    public int Batch { get; private set; } = 250;
    public int ServerPid { get; private set; }
    public double Duration { get; private set; } = 10;
    public double Warmup { get; private set; } = 3;
    public double Drain { get; private set; } = 5;
    public double Settle { get; private set; } = 2;
    public double P99LimitMs { get; private set; } = 250;
    public double[] Rates { get; private set; } = [5, 10, 20];

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            double D() => double.Parse(value, CultureInfo.InvariantCulture);
            int I() => int.Parse(value, CultureInfo.InvariantCulture);
            switch (args[i].TrimStart('-'))
            {
                case "url": o.Url = value; break;
                case "admin-email": o.AdminEmail = value; break;
                case "admin-password": o.AdminPassword = value; break;
                case "conns": o.Conns = I(); break;
                case "members": o.Members = I(); break;
                case "batch": o.Batch = I(); break;
                case "server-pid": o.ServerPid = I(); break;
                case "duration": o.Duration = D(); break;
                case "warmup": o.Warmup = D(); break;
                case "drain": o.Drain = D(); break;
                case "settle": o.Settle = D(); break;
                case "p99": o.P99LimitMs = D(); break;
                case "rates": o.Rates = [.. value.Split(',').Select(r => double.Parse(r, CultureInfo.InvariantCulture))]; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return o;
    }
}
