using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace UserOps.Community.Benchmarks.Engagement;

internal sealed record CheckInSettings(Uri Url, int Members, int Concurrency, string AdminEmail, string AdminPassword);

/// <summary>
/// N distinct members each check in once (C requests in flight), then again (the "already checked in" path).
/// Latency is per request including the body; "with growth" is the time until the outbox is empty, i.e. until
/// Growth has turned every CheckInRecorded into ledger entries.
/// </summary>
internal static class CheckInBench
{
    public static async Task RunAsync(CheckInSettings settings)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Concurrency * 2, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = settings.Url,
            Timeout = TimeSpan.FromSeconds(120),
        };
        Console.WriteLine($"check-ins {settings.Url}: members={settings.Members} concurrency={settings.Concurrency} cores={Environment.ProcessorCount}");

        var setup = Stopwatch.StartNew();
        var tokens = await RegisterAsync(client, settings);
        var admin = await LoginAsync(client, settings.AdminEmail, settings.AdminPassword);
        await WaitForPipelineAsync(client, admin);
        Console.WriteLine($"registered and signed in {tokens.Count} members in {setup.Elapsed.TotalSeconds:F1}s; outbox drained");

        var first = await RunPhaseAsync(client, tokens, settings.Concurrency, HttpStatusCode.Created);
        var drained = await WaitForPipelineAsync(client, admin);
        var withGrowth = first.Elapsed + drained;
        Report("first check-in (201)", first);
        Console.WriteLine($"  growth pipeline caught up {drained.TotalMilliseconds:F0} ms after the last response: "
            + $"{tokens.Count / withGrowth.TotalSeconds:F0} check-ins/s end to end");

        var today = await client.GetFromJsonAsync<JsonElement>("/api/check-ins/today");
        var points = await GetAsync(client, tokens[0], "/api/me/points");
        Console.WriteLine($"  today's count: {today.GetProperty("count").GetInt32()}; first member's XP: {points.GetProperty("xp").GetInt64()}");

        var repeat = await RunPhaseAsync(client, tokens, settings.Concurrency, HttpStatusCode.OK);
        Report("repeat check-in (200, alreadyCheckedIn)", repeat);
    }

    private sealed record Phase(TimeSpan Elapsed, double[] LatenciesMs, int Unexpected);

    private static async Task<Phase> RunPhaseAsync(HttpClient client, IReadOnlyList<string> tokens, int concurrency, HttpStatusCode expected)
    {
        var queue = new ConcurrentQueue<string>(tokens);
        var latencies = new ConcurrentBag<double>();
        var unexpected = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (queue.TryDequeue(out var token))
            {
                var started = Stopwatch.GetTimestamp();
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/check-ins") { Content = JsonContent.Create(new { mood = "good" }) };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await client.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != expected)
                {
                    Interlocked.Increment(ref unexpected);
                }
            }
        }));
        return new Phase(clock.Elapsed, [.. latencies.Order()], unexpected);
    }

    private static void Report(string name, Phase phase)
    {
        double P(double q) => phase.LatenciesMs[Math.Min(phase.LatenciesMs.Length - 1, (int)Math.Ceiling(q * phase.LatenciesMs.Length) - 1)];
        Console.WriteLine($"{name}: {phase.LatenciesMs.Length} requests in {phase.Elapsed.TotalSeconds:F2}s = {phase.LatenciesMs.Length / phase.Elapsed.TotalSeconds:F0}/s; "
            + $"p50 {P(0.50):F1} ms, p95 {P(0.95):F1} ms, p99 {P(0.99):F1} ms, max {phase.LatenciesMs[^1]:F1} ms; unexpected status: {phase.Unexpected}");
    }

    private static async Task<List<string>> RegisterAsync(HttpClient client, CheckInSettings settings)
    {
        var tokens = new ConcurrentBag<string>();
        var next = -1;
        var run = Guid.NewGuid().ToString("N")[..8];
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < settings.Members)
            {
                var email = $"bench-{run}-{i}@bench.local";
                using var registered = await client.PostAsJsonAsync("/api/auth/register", new { email, password = "Bench!Passw0rd", displayName = $"Bench {i}", timeZone = "UTC" });
                registered.EnsureSuccessStatusCode();
                tokens.Add(await LoginAsync(client, email, "Bench!Passw0rd"));
            }
        }));
        return [.. tokens];
    }

    private static async Task<string> LoginAsync(HttpClient client, string email, string password)
    {
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Polls the admin outbox view until nothing is pending; returns how long that took.</summary>
    private static async Task<TimeSpan> WaitForPipelineAsync(HttpClient client, string adminToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var page = await GetAsync(client, adminToken, "/api/admin/outbox?status=pending&limit=1");
            if (page.GetProperty("items").GetArrayLength() == 0)
            {
                return clock.Elapsed;
            }

            await Task.Delay(20);
        }
    }
}
