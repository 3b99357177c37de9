using System.Globalization;
using Npgsql;
using UserOps.Community.Benchmarks.Feeds;

// Usage:
//   seed  (postgresql|sqlite) --connection CS [--users N] [--groups N] [--posts N] [--reactions N]
//   load  --url http://127.0.0.1:PORT --users N [--readers C] [--seconds S] [--warmup S] [--scenarios a,b,...]
//   plans (postgresql|sqlite) --connection CS
var verb = args.FirstOrDefault() ?? "help";
var options = Options.Parse(args.Skip(1));
switch (verb)
{
    case "seed":
        var sizes = new SeedSizes(options.Int("users", 100_000), options.Int("groups", 1_000), options.Int("posts", 1_000_000), options.Int("reactions", 3_000_000));
        await using (var target = CreateTarget(options))
        {
            Console.WriteLine($"seed {target.Name}: users={sizes.Users:N0} groups={sizes.Groups:N0} posts={sizes.Posts:N0} reactions={sizes.Reactions:N0} cores={Environment.ProcessorCount}");
            await Seeder.RunAsync(target, sizes);
        }

        break;
    case "load":
        await LoadRunner.RunAsync(new LoadSettings(
            new Uri(options.String("url", "http://127.0.0.1:5099")),
            options.Int("users", 100_000),
            options.Int("readers", 50),
            TimeSpan.FromSeconds(options.Int("seconds", 20)),
            TimeSpan.FromSeconds(options.Int("warmup", 5)),
            options.Int("deep-pages", 50),
            options.String("scenarios", string.Join(',', LoadRunner.AllScenarios)).Split(',', StringSplitOptions.RemoveEmptyEntries)));
        break;
    case "plans":
        await Plans.RunAsync(options.Positional ?? "postgresql", options.String("connection", string.Empty));
        break;
    default:
        Console.Error.WriteLine("verbs: seed (postgresql|sqlite) --connection CS [--users --groups --posts --reactions] | load --url U --users N [--readers C --seconds S] | plans (postgresql|sqlite) --connection CS");
        return 2;
}

return 0;

static IBulkTarget CreateTarget(Options options)
{
    var connection = options.String("connection", string.Empty);
    return options.Positional switch
    {
        "sqlite" => new SqliteTarget(connection),
        _ => new PostgresTarget(NpgsqlDataSource.Create(connection)),
    };
}

internal sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public string? Positional { get; private set; }

    public static Options Parse(IEnumerable<string> args)
    {
        var options = new Options();
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < list.Count)
            {
                options._values[list[i][2..]] = list[++i];
            }
            else
            {
                options.Positional ??= list[i];
            }
        }

        return options;
    }

    public int Int(string name, int fallback) =>
        _values.TryGetValue(name, out var value) ? int.Parse(value.Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;

    public string String(string name, string fallback) => _values.GetValueOrDefault(name, fallback);
}
