// Checks two host instances sharing one PostgreSQL database and one Redis backplane (run by scripts/scaleout-test.sh):
// a client connected to instance A receives, within a second, what is published and notified through instance B,
// each exactly once, and every outbox message was processed once across both instances.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;
using UserOps.Community.Notifications.Contracts;

var options = Args.Parse(args);
var failures = new List<string>();
var posts = options.Int("posts", 20);
var budget = TimeSpan.FromSeconds(1);

using var a = new HttpClient { BaseAddress = new Uri(options["a"]) };
using var b = new HttpClient { BaseAddress = new Uri(options["b"]) };
var adminToken = await Api.LoginAsync(b, options["admin-email"], options["admin-password"]);
var owner = await Api.CreateMemberAsync(a);
var watcher = await Api.CreateMemberAsync(b);
var commenter = await Api.CreateMemberAsync(a);
await Api.SendAsync(b, adminToken, HttpMethod.Post, $"/api/admin/users/{owner.Id}/points", new { amount = 150, reason = "scale-out check" });
var group = await Api.SendAsync(b, owner.Token, HttpMethod.Post, "/api/groups", new { name = "Scale-out", slug = $"s-{Guid.NewGuid():N}"[..20] });
var groupId = group.GetProperty("id").GetGuid();
await Api.SendAsync(a, watcher.Token, HttpMethod.Post, $"/api/groups/{groupId}/members", new { });
await Api.SendAsync(b, commenter.Token, HttpMethod.Post, $"/api/groups/{groupId}/members", new { });

var received = new ConcurrentDictionary<Guid, ConcurrentBag<long>>();
var notifications = new ConcurrentDictionary<Guid, ConcurrentBag<long>>();
await using var watcherHub = await Hub.ConnectAsync(options["a"], watcher.Token);
watcherHub.On<PostPublishedMessage>(RealtimeMethods.PostPublished, m => received.GetOrAdd(m.PostId, _ => []).Add(Stopwatch.GetTimestamp()));
await using var ownerHub = await Hub.ConnectAsync(options["a"], owner.Token);
ownerHub.On<NotificationMessage>(RealtimeMethods.Notification, m =>
{
    if (m.Kind == "reply")
    {
        notifications.GetOrAdd(m.Id, _ => []).Add(Stopwatch.GetTimestamp());
    }
});
await watcherHub.InvokeAsync<GroupSubscription>("SubscribeGroup", groupId);

// Warm-up (first requests JIT-compile on both instances), not measured.
for (var i = 0; i < 3; i++)
{
    await Api.SendAsync(i % 2 == 0 ? b : a, owner.Token, HttpMethod.Post, $"/api/groups/{groupId}/posts", new { title = "Warm-up", body = "Not measured." });
}

await Task.Delay(TimeSpan.FromSeconds(2));
var latencies = new List<double>();
var sent = new List<(Guid PostId, long At)>();
for (var i = 0; i < posts; i++)
{
    var at = Stopwatch.GetTimestamp();
    var post = await Api.SendAsync(b, owner.Token, HttpMethod.Post, $"/api/groups/{groupId}/posts", new { title = $"Post {i}", body = "Published through instance B." });
    sent.Add((post.GetProperty("id").GetGuid(), at));
    await Task.Delay(100);
}

var commentAt = Stopwatch.GetTimestamp();
await Api.SendAsync(b, commenter.Token, HttpMethod.Post, $"/api/posts/{sent[0].PostId}/comments", new { body = "A reply through instance B." });
await Task.Delay(TimeSpan.FromSeconds(2.5));

foreach (var (postId, at) in sent)
{
    if (!received.TryGetValue(postId, out var times))
    {
        failures.Add($"post {postId} never reached the client on A");
        continue;
    }

    if (times.Count != 1)
    {
        failures.Add($"post {postId} arrived {times.Count} times");
    }

    latencies.Add(Stopwatch.GetElapsedTime(at, times.Min()).TotalMilliseconds);
}

if (latencies.Count > 0 && latencies.Max() > budget.TotalMilliseconds)
{
    failures.Add($"slowest cross-instance post took {latencies.Max():0} ms (budget {budget.TotalMilliseconds:0} ms)");
}

var reply = notifications.Values.ToList();
if (reply.Count != 1 || reply[0].Count != 1)
{
    failures.Add($"expected exactly one reply notification on A, got {reply.Count} notifications / {reply.Sum(r => r.Count)} pushes");
}
else
{
    var ms = Stopwatch.GetElapsedTime(commentAt, reply[0].Min()).TotalMilliseconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"notification through B reached A in {ms:0} ms"));
    if (ms > budget.TotalMilliseconds)
    {
        failures.Add($"the notification took {ms:0} ms");
    }
}

await using (var db = new NpgsqlConnection(options["pg"]))
{
    await db.OpenAsync();
    // Status 1 = processed. Effects commit only with an acknowledgement made under a held lease (ADR 0045), so processed
    // once means delivered once; a failed attempt is counted.
    await using var command = new NpgsqlCommand(
        "SELECT count(*) FILTER (WHERE status <> 1), count(*) FILTER (WHERE attempts > 0), count(*) FROM messaging.outbox_messages", db);
    await using var reader = await command.ExecuteReaderAsync();
    await reader.ReadAsync();
    var (unprocessed, retried, total) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    Console.WriteLine($"outbox: {total} messages, {unprocessed} not processed, {retried} with failed attempts");
    if (unprocessed != 0 || retried != 0)
    {
        failures.Add($"outbox not processed exactly once: {unprocessed} pending/parked, {retried} retried");
    }
}

if (latencies.Count > 0)
{
    latencies.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"cross-instance postPublished: n={latencies.Count} p50={latencies[latencies.Count / 2]:0} ms max={latencies[^1]:0} ms (request start to receipt on A)"));
}

foreach (var failure in failures)
{
    Console.Error.WriteLine($"FAIL: {failure}");
}

Console.WriteLine(failures.Count == 0 ? "scale-out check passed" : "scale-out check FAILED");
return failures.Count == 0 ? 0 : 1;

internal sealed record Member(Guid Id, string Token);

internal static class Api
{
    public static async Task<string> LoginAsync(HttpClient client, string email, string password)
    {
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public static async Task<Member> CreateMemberAsync(HttpClient client)
    {
        var email = $"s{Guid.NewGuid():N}@scaleout.local";
        const string password = "Scaleout!Passw0rd";
        using var registered = await client.PostAsJsonAsync("/api/auth/register", new { email, password, displayName = "Scale Out" });
        registered.EnsureSuccessStatusCode();
        var id = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return new Member(id, await LoginAsync(client, email, password));
    }

    public static async Task<JsonElement> SendAsync(HttpClient client, string token, HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {text}");
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}

internal static class Hub
{
    public static async Task<HubConnection> ConnectAsync(string baseUrl, string token)
    {
        // WebSockets only with skipNegotiation: what a load balancer without sticky sessions needs.
        var connection = new HubConnectionBuilder()
            .WithUrl($"{baseUrl.TrimEnd('/')}/hubs/community", o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }
}

internal sealed class Args(Dictionary<string, string> values)
{
    public string this[string key] => values.TryGetValue(key, out var value) ? value : throw new ArgumentException($"--{key} is required");

    public int Int(string key, int fallback) => values.TryGetValue(key, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public static Args Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        return new Args(values);
    }
}
