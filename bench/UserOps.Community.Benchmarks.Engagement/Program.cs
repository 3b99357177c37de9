using System.Globalization;
using UserOps.Community.Benchmarks.Engagement;

// Usage:
//   checkins --url http://127.0.0.1:PORT [--members N] [--concurrency C] [--admin-email E --admin-password P]
// Runs against a host started separately (see bench/README.md), so requests go through Kestrel and the real pipeline.
var verb = args.FirstOrDefault() ?? "help";
var options = Options.Parse(args.Skip(1));
switch (verb)
{
    case "checkins":
        await CheckInBench.RunAsync(new CheckInSettings(
            new Uri(options.String("url", "http://127.0.0.1:5099")),
            options.Int("members", 1_000),
            options.Int("concurrency", 32),
            options.String("admin-email", "admin@bench.local"),
            options.String("admin-password", "Bench!Passw0rd")));
        break;
    default:
        Console.Error.WriteLine("verbs: checkins --url U [--members N --concurrency C --admin-email E --admin-password P]");
        return 2;
}

return 0;

internal sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public static Options Parse(IEnumerable<string> args)
    {
        var options = new Options();
        var list = args.ToList();
        for (var i = 0; i + 1 < list.Count; i++)
        {
            if (list[i].StartsWith("--", StringComparison.Ordinal))
            {
                options._values[list[i][2..]] = list[++i];
            }
        }

        return options;
    }

    public int Int(string name, int fallback) =>
        _values.TryGetValue(name, out var value) ? int.Parse(value.Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;

    public string String(string name, string fallback) => _values.GetValueOrDefault(name, fallback);
}
