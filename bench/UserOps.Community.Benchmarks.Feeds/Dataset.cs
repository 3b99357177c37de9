using System.Globalization;
using System.Text;

namespace UserOps.Community.Benchmarks.Feeds;

internal sealed record SeedSizes(int Users, int Groups, int Posts, int Reactions);

/// <summary>
/// A deterministic synthetic community held in memory as arrays (indices, not objects), so writers stream rows
/// without per-row allocations. Popularity is Zipf-like: a few groups hold most members, posts and reactions.
/// </summary>
internal sealed class Dataset
{
    public const string Password = "Bench!2026pass";
    public const string MemberRoleId = "0193a4b0-0000-7000-8000-000000000001";
    public static readonly string[] Kinds = ["like", "love", "insightful", "funny", "celebrate"];
    private static readonly double[] KindShare = [0.55, 0.15, 0.12, 0.10, 0.08];
    private static readonly DateTime Epoch = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly string[] Words =
    [
        "community", "growth", "retention", "onboarding", "campaign", "member", "event", "reward", "points", "badge",
        "streak", "invite", "referral", "moderation", "feedback", "release", "question", "answer", "guide", "weekly",
        "report", "dotnet", "csharp", "database", "index", "query", "latency", "cache", "design", "product",
        "launch", "meetup", "workshop", "survey", "metrics", "dashboard", "activation", "churn", "cohort", "funnel",
        "story", "tips", "help", "idea", "roadmap", "bug", "fix", "review", "plan", "goal", "team", "support",
        "the", "a", "and", "of", "to", "in", "for", "with", "on", "we", "our", "how", "why", "what", "new", "best",
    ];

    public required SeedSizes Sizes { get; init; }

    public required DateTime Now { get; init; }

    public required Guid[] UserIds { get; init; }

    public required DateTime[] UserCreated { get; init; }

    public required Guid[] GroupIds { get; init; }

    public required bool[] GroupPublic { get; init; }

    public required int[] GroupOwner { get; init; }

    public required DateTime[] GroupCreated { get; init; }

    /// <summary>Member user indices per group; the owner first.</summary>
    public required int[][] GroupMembers { get; init; }

    public required int[] GroupPostCount { get; init; }

    public required string[] Tags { get; init; }

    /// <summary>Posts in created_at order (ids are UUIDv7 of that instant, so id order agrees).</summary>
    public required Guid[] PostIds { get; init; }

    public required int[] PostGroup { get; init; }

    public required int[] PostAuthor { get; init; }

    public required DateTime[] PostCreated { get; init; }

    public required byte[][] PostTags { get; init; }

    public required bool[] PostPinned { get; init; }

    /// <summary>Reaction counts per post and kind: [post * 5 + kind].</summary>
    public required int[] ReactionCounts { get; init; }

    public long TotalReactions => ReactionCounts.Sum(c => (long)c);

    public long TotalMemberships => GroupMembers.Sum(m => (long)m.Length);

    public static string Email(int user) => string.Create(CultureInfo.InvariantCulture, $"user{user}@bench.local");

    public static Dataset Generate(SeedSizes sizes, DateTime now)
    {
        var random = new Random(20261201);
        now = Microseconds(now);

        var userIds = new Guid[sizes.Users];
        var userCreated = new DateTime[sizes.Users];
        for (var u = 0; u < sizes.Users; u++)
        {
            userCreated[u] = Microseconds(now.AddDays(-800 + (400 * random.NextDouble())));
            userIds[u] = Guid.CreateVersion7(new DateTimeOffset(userCreated[u]));
        }

        var groupIds = new Guid[sizes.Groups];
        var groupPublic = new bool[sizes.Groups];
        var groupOwner = new int[sizes.Groups];
        var groupCreated = new DateTime[sizes.Groups];
        var members = new List<int>[sizes.Groups];
        for (var g = 0; g < sizes.Groups; g++)
        {
            groupCreated[g] = Microseconds(now.AddDays(-700 + (300 * random.NextDouble())));
            groupIds[g] = Guid.CreateVersion7(new DateTimeOffset(groupCreated[g]));
            groupPublic[g] = random.NextDouble() < 0.9;
            groupOwner[g] = random.Next(sizes.Users);
            members[g] = [groupOwner[g]];
        }

        // Each user joins 1 + Geometric(mean 3) groups, chosen by Zipf(1.0) over a shuffled group ranking.
        var groupByRank = Enumerable.Range(0, sizes.Groups).ToArray();
        random.Shuffle(groupByRank);
        var zipfGroups = new Zipf(sizes.Groups, 1.0);
        var mine = new HashSet<int>();
        for (var u = 0; u < sizes.Users; u++)
        {
            mine.Clear();
            var wanted = Math.Min(Math.Min(30, sizes.Groups), 1 + Geometric(random, 0.25));
            for (var attempt = 0; mine.Count < wanted && attempt < wanted * 20; attempt++)
            {
                var g = groupByRank[zipfGroups.Sample(random)];
                if (groupOwner[g] != u && mine.Add(g))
                {
                    members[g].Add(u);
                }
            }
        }

        var groupMembers = members.Select(m => m.ToArray()).ToArray();

        // Posts go to groups in proportion to their members, by a random member, over the last year, more of them recently.
        var cumulative = new double[sizes.Groups];
        var total = 0.0;
        for (var g = 0; g < sizes.Groups; g++)
        {
            total += groupMembers[g].Length;
            cumulative[g] = total;
        }

        var tags = BuildTags();
        var zipfTags = new Zipf(tags.Length, 1.0);
        var created = new DateTime[sizes.Posts];
        var postGroup = new int[sizes.Posts];
        for (var p = 0; p < sizes.Posts; p++)
        {
            created[p] = Microseconds(now.AddSeconds(-365 * 86_400 * Math.Pow(random.NextDouble(), 1.5)).AddSeconds(-1));
            var pick = Array.BinarySearch(cumulative, random.NextDouble() * total);
            postGroup[p] = Math.Min(sizes.Groups - 1, pick < 0 ? ~pick : pick);
        }

        Array.Sort(created, postGroup);
        var postIds = new Guid[sizes.Posts];
        var postAuthor = new int[sizes.Posts];
        var postTags = new byte[sizes.Posts][];
        var postPinned = new bool[sizes.Posts];
        var groupPostCount = new int[sizes.Groups];
        var tagSet = new HashSet<int>();
        for (var p = 0; p < sizes.Posts; p++)
        {
            postIds[p] = Guid.CreateVersion7(new DateTimeOffset(created[p]));
            var groupMembersOfPost = groupMembers[postGroup[p]];
            postAuthor[p] = groupMembersOfPost[random.Next(groupMembersOfPost.Length)];
            groupPostCount[postGroup[p]]++;
            var tagCount = random.NextDouble() switch { < 0.2 => 0, < 0.6 => 1, < 0.9 => 2, _ => 3 };
            tagSet.Clear();
            while (tagSet.Count < tagCount)
            {
                tagSet.Add(zipfTags.Sample(random));
            }

            postTags[p] = [.. tagSet.Select(t => (byte)t)];
            postPinned[p] = random.NextDouble() < 0.0005;
        }

        // Reaction totals per post are log-normal (a few viral posts), scaled to the wanted total, then split by kind;
        // a kind's count is capped by the users who may react (members of a private group).
        var weights = new double[sizes.Posts];
        var weightSum = 0.0;
        for (var p = 0; p < sizes.Posts; p++)
        {
            weights[p] = Math.Exp(1.3 * Gaussian(random));
            weightSum += weights[p];
        }

        var counts = new int[sizes.Posts * Kinds.Length];
        for (var p = 0; p < sizes.Posts; p++)
        {
            var expected = sizes.Reactions * weights[p] / weightSum;
            var n = (int)expected + (random.NextDouble() < expected - Math.Floor(expected) ? 1 : 0);
            var pool = groupPublic[postGroup[p]] ? sizes.Users : groupMembers[postGroup[p]].Length;
            for (var i = 0; i < n; i++)
            {
                var k = PickKind(random);
                if (counts[(p * Kinds.Length) + k] < pool)
                {
                    counts[(p * Kinds.Length) + k]++;
                }
            }
        }

        return new Dataset
        {
            Sizes = sizes,
            Now = now,
            UserIds = userIds,
            UserCreated = userCreated,
            GroupIds = groupIds,
            GroupPublic = groupPublic,
            GroupOwner = groupOwner,
            GroupCreated = groupCreated,
            GroupMembers = groupMembers,
            GroupPostCount = groupPostCount,
            Tags = tags,
            PostIds = postIds,
            PostGroup = postGroup,
            PostAuthor = postAuthor,
            PostCreated = created,
            PostTags = postTags,
            PostPinned = postPinned,
            ReactionCounts = counts,
        };
    }

    public DateTime JoinedAt(int group, int user)
    {
        var start = UserCreated[user] > GroupCreated[group] ? UserCreated[user] : GroupCreated[group];
        return Microseconds(start.AddHours(1 + ((user * 31 + group) % 500)));
    }

    public int TotalReactionsOf(int post)
    {
        var sum = 0;
        for (var k = 0; k < Kinds.Length; k++)
        {
            sum += ReactionCounts[(post * Kinds.Length) + k];
        }

        return sum;
    }

    /// <summary>The formula of Content's HotScore (internal there): log10(engagement) + age in 12.5-hour steps; no comments are seeded.</summary>
    public double HotScore(int post) =>
        Math.Round(Math.Log10(Math.Max(1, TotalReactionsOf(post))) + ((PostCreated[post] - Epoch).TotalSeconds / 45_000), 7);

    public string[] TagsOf(int post) => [.. PostTags[post].Select(t => Tags[t])];

    public (string Title, string Body) TextOf(int post)
    {
        var random = new Random(post);
        var title = new StringBuilder();
        var titleWords = 4 + random.Next(5);
        for (var i = 0; i < titleWords; i++)
        {
            var word = Words[random.Next(Words.Length)];
            title.Append(i == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(i + 1 < titleWords ? " " : string.Empty);
        }

        var body = new StringBuilder();
        var bodyWords = 30 + random.Next(60);
        for (var i = 0; i < bodyWords; i++)
        {
            body.Append(Words[random.Next(Words.Length)]).Append(i % 12 == 11 ? ". " : " ");
        }

        return (title.ToString(), body.ToString().TrimEnd());
    }

    /// <summary>Same result as Content's SearchText.Normalize for ASCII text: lower-case words joined by spaces.</summary>
    public static string SearchDocument(string title, string[] tags, string body)
    {
        var text = $"{title}\n{string.Join(' ', tags)}\n{body}";
        var tokens = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                tokens.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            tokens.Add(word.ToString());
        }

        return string.Join(' ', tokens);
    }

    /// <summary>Distinct reactors of one kind for a post: members mostly, anyone for public groups.</summary>
    public IEnumerable<(int User, DateTime At)> Reactors(int post, int kind)
    {
        var count = ReactionCounts[(post * Kinds.Length) + kind];
        if (count == 0)
        {
            yield break;
        }

        var random = new Random((post * 7) + kind);
        var group = PostGroup[post];
        var groupMembers = GroupMembers[group];
        var isPublic = GroupPublic[group];
        var seen = new HashSet<int>();
        var span = (Now - PostCreated[post]).TotalSeconds;
        for (var attempts = 0; seen.Count < count && attempts < count * 50; attempts++)
        {
            var user = !isPublic || (random.NextDouble() < 0.7 && seen.Count < groupMembers.Length / 2)
                ? groupMembers[random.Next(groupMembers.Length)]
                : random.Next(Sizes.Users);
            if (seen.Add(user))
            {
                yield return (user, Microseconds(PostCreated[post].AddSeconds(span * Math.Pow(random.NextDouble(), 3))));
            }
        }

        if (seen.Count < count)
        {
            throw new InvalidOperationException($"post {post}: only {seen.Count} of {count} reactors found");
        }
    }

    public static DateTime Microseconds(DateTime value) =>
        new(value.Ticks - (value.Ticks % 10), DateTimeKind.Utc);

    private static string[] BuildTags()
    {
        string[] named = ["dotnet", "csharp", "growth", "retention", "events", "help", "announcements", "showcase", "design", "data",
            "sql", "postgres", "sqlite", "frontend", "mobile", "career", "meetup", "ama", "tips", "feedback"];
        return [.. named, .. Enumerable.Range(1, 180).Select(i => string.Create(CultureInfo.InvariantCulture, $"topic{i}"))];
    }

    private static int PickKind(Random random)
    {
        var u = random.NextDouble();
        for (var k = 0; k < KindShare.Length; k++)
        {
            u -= KindShare[k];
            if (u < 0)
            {
                return k;
            }
        }

        return KindShare.Length - 1;
    }

    private static int Geometric(Random random, double p) => (int)Math.Floor(Math.Log(1 - random.NextDouble()) / Math.Log(1 - p));

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private sealed class Zipf
    {
        private readonly double[] _cumulative;

        public Zipf(int n, double s)
        {
            _cumulative = new double[n];
            var sum = 0.0;
            for (var r = 0; r < n; r++)
            {
                sum += 1 / Math.Pow(r + 1, s);
                _cumulative[r] = sum;
            }
        }

        public int Sample(Random random)
        {
            var i = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
            return Math.Min(_cumulative.Length - 1, i < 0 ? ~i : i);
        }
    }
}
