using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace UserOps.Community.Benchmarks.Feeds;

internal sealed record LoadSettings(Uri Url, int Users, int Readers, TimeSpan Duration, TimeSpan Warmup, int DeepPages, IReadOnlyList<string> Scenarios);

/// <summary>A signed-in member with what its requests need: its groups, a tag seen in its feed, its deep cursors.</summary>
internal sealed class Reader
{
    public required int User { get; init; }

    public required string Token { get; init; }

    public List<Guid> Groups { get; } = [];

    public string Tag { get; set; } = "dotnet";

    public string? HomeDeepCursor { get; set; }

    public string? GroupDeepCursor { get; set; }

    public int Sequence { get; set; }
}

/// <summary>
/// Closed-loop HTTP load: C readers, each its own member, send requests back to back for a fixed time after a
/// warm-up; latency is measured per request including reading the body.
/// </summary>
internal static class LoadRunner
{
    public static readonly string[] AllScenarios = ["home", "group-new", "group-hot", "tag", "home-deep", "group-deep", "post"];

    public static async Task RunAsync(LoadSettings settings)
    {
        using var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = settings.Readers * 2,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        {
            BaseAddress = settings.Url,
            Timeout = TimeSpan.FromSeconds(60),
        };

        Console.WriteLine($"load {settings.Url}: readers={settings.Readers} duration={settings.Duration.TotalSeconds}s warmup={settings.Warmup.TotalSeconds}s cores={Environment.ProcessorCount}");
        var setup = Stopwatch.StartNew();
        var readers = await SignInAsync(client, settings);
        Console.WriteLine($"signed in {readers.Count} members and read their groups in {setup.Elapsed.TotalSeconds:F1}s "
            + $"(groups per reader: min {readers.Min(r => r.Groups.Count)}, max {readers.Max(r => r.Groups.Count)})");

        if (settings.Scenarios.Contains("home-deep") || settings.Scenarios.Contains("group-deep"))
        {
            setup.Restart();
            await Task.WhenAll(readers.Select(r => FollowCursorsAsync(client, r, settings.DeepPages)));
            Console.WriteLine($"followed cursors {settings.DeepPages} pages deep for every reader in {setup.Elapsed.TotalSeconds:F1}s");
        }

        Console.WriteLine();
        Console.WriteLine($"| scenario | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |");
        Console.WriteLine($"| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var scenario in settings.Scenarios)
        {
            Func<Reader, HttpRequestMessage> request = scenario switch
            {
                "home" => r => Get(r, "/api/feed"),
                "group-new" => r => Get(r, $"/api/groups/{r.Groups[r.Sequence++ % r.Groups.Count]}/posts?sort=new"),
                "group-hot" => r => Get(r, $"/api/groups/{r.Groups[r.Sequence++ % r.Groups.Count]}/posts?sort=hot"),
                "tag" => r => Get(r, $"/api/tags/{r.Tag}/posts"),
                "home-deep" => r => Get(r, $"/api/feed?cursor={r.HomeDeepCursor}"),
                "group-deep" => r => Get(r, $"/api/groups/{r.Groups[0]}/posts?sort=new&cursor={r.GroupDeepCursor}"),
                "post" => r => Post(r),
                _ => throw new ArgumentException($"unknown scenario {scenario}"),
            };
            var active = scenario switch
            {
                "home-deep" => readers.Where(r => r.HomeDeepCursor is not null).ToList(),
                "group-deep" => readers.Where(r => r.GroupDeepCursor is not null).ToList(),
                _ => readers,
            };
            var result = await MeasureAsync(client, active, request, settings);
            Console.WriteLine(result.Row(scenario + (active.Count < readers.Count ? $" ({active.Count} readers)" : string.Empty)));
        }
    }

    private static HttpRequestMessage Get(Reader reader, string path)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, path);
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", reader.Token);
        return message;
    }

    private static HttpRequestMessage Post(Reader reader)
    {
        var n = reader.Sequence++;
        var message = new HttpRequestMessage(HttpMethod.Post, $"/api/groups/{reader.Groups[n % reader.Groups.Count]}/posts")
        {
            Content = JsonContent.Create(new
            {
                title = string.Create(CultureInfo.InvariantCulture, $"Load test post {n} by reader {reader.User}"),
                body = "A post written by the feed benchmark, with **some** Markdown and a `code span` (links need the level-2 posts.links privilege). "
                    + "It is long enough to look like a real post but short enough to keep the test about the write path.",
                tags = new[] { "benchmark", reader.Tag },
            }),
        };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", reader.Token);
        return message;
    }

    private static async Task<List<Reader>> SignInAsync(HttpClient client, LoadSettings settings)
    {
        // Spread readers over the seeded users; sign in a few at a time (each sign-in hashes a password).
        var readers = new Reader?[settings.Readers];
        using var gate = new SemaphoreSlim(4);
        await Task.WhenAll(Enumerable.Range(0, settings.Readers).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var user = (int)((long)i * settings.Users / settings.Readers) + 7;
                using var response = await client.PostAsJsonAsync("/api/auth/login", new { email = Dataset.Email(user % settings.Users), password = Dataset.Password });
                response.EnsureSuccessStatusCode();
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                var reader = new Reader { User = user % settings.Users, Token = body.RootElement.GetProperty("accessToken").GetString()! };
                using var feed = JsonDocument.Parse(await SendAsync(client, Get(reader, "/api/feed?limit=100")));
                var items = feed.RootElement.GetProperty("items").EnumerateArray().ToList();
                reader.Groups.AddRange(items.Select(p => p.GetProperty("groupId").GetGuid()).Distinct());
                reader.Tag = items.SelectMany(p => p.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!)).FirstOrDefault() ?? "dotnet";
                readers[i] = reader;
            }
            finally
            {
                gate.Release();
            }
        }));
        return [.. readers.OfType<Reader>().Where(r => r.Groups.Count > 0)];
    }

    private static async Task FollowCursorsAsync(HttpClient client, Reader reader, int pages)
    {
        reader.HomeDeepCursor = await FollowAsync(client, reader, "/api/feed", pages);
        reader.GroupDeepCursor = await FollowAsync(client, reader, $"/api/groups/{reader.Groups[0]}/posts?sort=new", pages);
    }

    private static async Task<string?> FollowAsync(HttpClient client, Reader reader, string path, int pages)
    {
        string? cursor = null;
        for (var page = 0; page < pages; page++)
        {
            var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            using var body = JsonDocument.Parse(await SendAsync(client, Get(reader, cursor is null ? path : $"{path}{separator}cursor={cursor}")));
            if (body.RootElement.GetProperty("nextCursor").GetString() is not { } next)
            {
                return null;
            }

            cursor = next;
        }

        return cursor;
    }

    private static async Task<string> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return response.IsSuccessStatusCode ? body : throw new HttpRequestException($"{request.RequestUri}: {(int)response.StatusCode} {body}");
        }
    }

    private static async Task<Result> MeasureAsync(HttpClient client, List<Reader> readers, Func<Reader, HttpRequestMessage> request, LoadSettings settings)
    {
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (long)(settings.Warmup.TotalSeconds * Stopwatch.Frequency);
        var end = measureFrom + (long)(settings.Duration.TotalSeconds * Stopwatch.Frequency);
        var perReader = await Task.WhenAll(readers.Select(reader => Task.Run(async () =>
        {
            var latencies = new List<double>(4096);
            var errors = 0;
            string? firstError = null;
            while (true)
            {
                var before = Stopwatch.GetTimestamp();
                if (before >= end)
                {
                    break;
                }

                using var message = request(reader);
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead);
                var after = Stopwatch.GetTimestamp();
                if (before < measureFrom)
                {
                    continue;
                }

                if (response.IsSuccessStatusCode)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(before, after).TotalMilliseconds);
                }
                else
                {
                    errors++;
                    firstError ??= $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                }
            }

            return (latencies, errors, firstError);
        })));
        var all = perReader.SelectMany(r => r.latencies).Order().ToArray();
        var error = perReader.Select(r => r.firstError).FirstOrDefault(e => e is not null);
        if (error is not null)
        {
            Console.Error.WriteLine($"first error: {error}");
        }

        return new Result(all, perReader.Sum(r => r.errors), settings.Duration.TotalSeconds);
    }

    private sealed record Result(double[] Sorted, int Errors, double Seconds)
    {
        public string Row(string name) => string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {Sorted.Length:N0} | {Sorted.Length / Seconds:N0} | {P(0.50):F1} | {P(0.95):F1} | {P(0.99):F1} | {(Sorted.Length > 0 ? Sorted[^1] : 0):F1} | {Errors} |");

        private double P(double q) => Sorted.Length == 0 ? 0 : Sorted[Math.Min(Sorted.Length - 1, (int)Math.Ceiling(q * Sorted.Length) - 1)];
    }
}
