using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using UserOps.Community.IntegrationTests.Infrastructure;
using UserOps.Community.IntegrationTests.Rewards;

namespace UserOps.Community.IntegrationTests.Growth;

/// <summary>
/// The leaderboard aggregates against a brute-force recomputation from the ledger: random activity through the API
/// over five fake-clock days that cross an ISO week and a month boundary, then every period and day compared.
/// </summary>
public sealed class LeaderboardPropertyTests
{
    // Friday 29 January 2027 (ISO week 4) to Tuesday 2 February 2027 (week 5, next month).
    private static readonly DateTimeOffset Start = new(2027, 1, 29, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Given_random_activity_over_a_week_and_month_boundary_Then_every_leaderboard_matches_the_ledger()
    {
        var random = new Random(20270129);
        var clock = new FakeTimeProvider(Start);
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.Clock = clock);
        var members = new List<SignedInMember>();
        for (var i = 0; i < 5; i++)
        {
            members.Add(await factory.CreateMemberAsync());
        }

        var clients = members.Select(m => m.Client).ToList();
        // Creating a group needs level 3: the admin creates it, the members join.
        var group = await (await factory.CreateAdminClientAsync()).CreateGroupAsync();
        foreach (var client in clients)
        {
            await client.JoinAsync(group);
        }

        var posts = new List<(Guid Id, int Author)>();
        for (var day = 0; day < 5; day++)
        {
            clock.SetUtcNow(Start.AddDays(day));
            for (var action = 0; action < 12; action++)
            {
                clock.Advance(TimeSpan.FromMinutes(random.Next(1, 60)));
                // Tokens expire on the fake clock: sign everyone in again before each action.
                clients = [.. await Task.WhenAll(members.Select(m => factory.SignInAgainAsync(m)))];
                var admin = await factory.CreateAdminClientAsync();
                var actor = random.Next(members.Count);
                var choice = posts.Count == 0 ? 0 : random.Next(6);
                switch (choice)
                {
                    case 0:
                        posts.Add((await clients[actor].PublishAsync(group), actor));
                        break;
                    case 1:
                        var target = posts[random.Next(posts.Count)];
                        using (var commented = await clients[actor].PostAsJsonAsync($"/api/posts/{target.Id}/comments", new { body = "A random comment." }))
                        {
                            Assert.True(commented.IsSuccessStatusCode, $"comment: {(int)commented.StatusCode}");
                        }

                        break;
                    case 2 or 3:
                        var liked = posts[random.Next(posts.Count)];
                        using (var reacted = await clients[actor].PutAsync($"/api/posts/{liked.Id}/reactions/{(random.Next(2) == 0 ? "like" : "love")}", null))
                        {
                            Assert.True(reacted.IsSuccessStatusCode, $"react: {(int)reacted.StatusCode}");
                        }

                        break;
                    case 4:
                        await admin.GrantAsync(members[actor].Id, random.Next(1, 30), "Property test grant");
                        break;
                    default:
                        var own = posts.Where(p => p.Author == actor).ToList();
                        if (own.Count > 0)
                        {
                            var removed = own[random.Next(own.Count)];
                            using var deleted = await clients[actor].DeleteAsync($"/api/posts/{removed.Id}");
                            Assert.True(deleted.IsSuccessStatusCode, $"delete: {(int)deleted.StatusCode}");
                            posts.Remove(removed);
                        }

                        break;
                }

                // Deliver some events late, in the next action's period, as a busy dispatcher would.
                if (random.Next(3) == 0)
                {
                    await factory.DrainOutboxAsync();
                }
            }

            await factory.DrainOutboxAsync();
        }

        await factory.DrainOutboxAsync();
        clients = [.. await Task.WhenAll(members.Select(m => factory.SignInAgainAsync(m)))];
        var ledgers = new Dictionary<Guid, List<LedgerLineBody>>();
        for (var i = 0; i < members.Count; i++)
        {
            ledgers[members[i].Id] = await FullLedgerAsync(clients[i]);
        }

        Assert.Contains(ledgers.Values.SelectMany(l => l), l => l.Kind == "reversed");
        var checkedBoards = 0;
        for (var day = 0; day < 5; day++)
        {
            var date = DateOnly.FromDateTime(Start.AddDays(day).UtcDateTime);
            foreach (var period in new[] { "day", "week", "month", "all" })
            {
                var expected = Expected(ledgers, period, date);
                var board = await clients[day % clients.Count].GetFromJsonAsync<LeaderboardBody>(
                    string.Create(CultureInfo.InvariantCulture, $"/api/leaderboards?period={period}&at={date:yyyy-MM-dd}&limit=100"));
                var actual = board!.Items.Where(i => ledgers.ContainsKey(i.UserId)).ToDictionary(i => i.UserId, i => (i.Points, i.Rank));
                Assert.True(
                    expected.Count == actual.Count && expected.All(e => actual.TryGetValue(e.Key, out var a) && a == e.Value),
                    $"{period} {date}: expected {Describe(expected)} but the leaderboard has {Describe(actual)}");
                checkedBoards++;
            }
        }

        Assert.Equal(20, checkedBoards);
    }

    /// <summary>
    /// XP per member in the period containing <paramref name="date"/>, and dense ranks. An XP change counts in the
    /// period of its time, except a reversal, which counts where the points it cancels were counted (its LocalDate;
    /// members and the community are on UTC here).
    /// </summary>
    private static Dictionary<Guid, (long Points, int Rank)> Expected(Dictionary<Guid, List<LedgerLineBody>> ledgers, string period, DateOnly date)
    {
        bool InPeriod(DateOnly day) => period switch
        {
            "day" => day == date,
            "week" => ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue)) == ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue))
                && ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)) == ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)),
            "month" => day.Year == date.Year && day.Month == date.Month,
            _ => true,
        };

        var points = ledgers.ToDictionary(
            l => l.Key,
            l => l.Value
                .Where(e => e.Kind is "earned" or "reversed" or "granted" or "revoked")
                .Where(e => InPeriod(e.Kind == "reversed" ? e.LocalDate : DateOnly.FromDateTime(e.OccurredAt)))
                .Sum(e => (long)e.Amount));
        var distinct = points.Values.Where(p => p > 0).Distinct().OrderDescending().ToList();
        return points.Where(p => p.Value > 0).ToDictionary(p => p.Key, p => (p.Value, distinct.IndexOf(p.Value) + 1));
    }

    private static async Task<List<LedgerLineBody>> FullLedgerAsync(HttpClient client)
    {
        var lines = new List<LedgerLineBody>();
        string? cursor = null;
        do
        {
            var page = await client.GetFromJsonAsync<LedgerBody>("/api/me/points/ledger?limit=100" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}"));
            lines.AddRange(page!.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return lines;
    }

    private static string Describe(Dictionary<Guid, (long Points, int Rank)> board) =>
        "[" + string.Join(", ", board.OrderBy(b => b.Value.Rank).Select(b => $"{b.Key.ToString()[..8]}:{b.Value.Points}#{b.Value.Rank}")) + "]";
}
