using System.Globalization;
using UserOps.Community.Benchmarks.Growth;
using UserOps.Community.BuildingBlocks.Persistence;

// Usage:
//   pipeline (sqlite|postgresql) [--events N] [--warmup W] [--members M] [--groups G] [--batch B] [--analyze] [--profile]
//   leaderboard --url http://127.0.0.1:PORT --connection CS [--members N] [--excluded X] [--probes P] [--readers C] [--seconds S] [--warmup S]
// pipeline on PostgreSQL reads an admin connection string from USEROPS_BENCH_POSTGRES (or COMMUNITY_TEST_POSTGRES).
var verb = args.FirstOrDefault() ?? "help";
var options = Options.Parse(args.Skip(1));
switch (verb)
{
    case "pipeline":
        await Pipeline.RunAsync(new PipelineSettings(
            Enum.Parse<DatabaseProvider>(options.Positional ?? "sqlite", ignoreCase: true),
            options.Int("events", 20_000),
            options.Int("members", 2_000),
            options.Int("groups", 50),
            options.Int("batch", 500),
            options.Flag("analyze"),
            options.Flag("profile"),
            options.Int("warmup", 0)));
        break;
    case "leaderboard":
        await LeaderboardBench.RunAsync(new LeaderboardSettings(
            new Uri(options.String("url", "http://127.0.0.1:5099")),
            options.String("connection", string.Empty),
            options.Int("members", 1_000_000),
            options.Int("excluded", 300),
            options.Int("probes", 30),
            options.Int("readers", 1),
            TimeSpan.FromSeconds(options.Int("seconds", 15)),
            TimeSpan.FromSeconds(options.Int("warmup", 3))));
        break;
    default:
        Console.Error.WriteLine("verbs: pipeline (sqlite|postgresql) [--events N --members M --batch B --analyze --profile] | "
            + "leaderboard --url U --connection CS [--members N --excluded X --probes P --readers C --seconds S]");
        return 2;
}

return 0;

internal sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _flags = new(StringComparer.OrdinalIgnoreCase);

    public string? Positional { get; private set; }

    public static Options Parse(IEnumerable<string> args)
    {
        var options = new Options();
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (!list[i].StartsWith("--", StringComparison.Ordinal))
            {
                options.Positional ??= list[i];
            }
            else if (i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                options._values[list[i][2..]] = list[++i];
            }
            else
            {
                options._flags.Add(list[i][2..]);
            }
        }

        return options;
    }

    public int Int(string name, int fallback) =>
        _values.TryGetValue(name, out var value) ? int.Parse(value.Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;

    public string String(string name, string fallback) => _values.GetValueOrDefault(name, fallback);

    public bool Flag(string name) => _flags.Contains(name);
}
