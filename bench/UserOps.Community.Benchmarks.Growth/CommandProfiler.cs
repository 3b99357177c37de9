using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace UserOps.Community.Benchmarks.Growth;

/// <summary>
/// Counts EF Core commands and their time by statement shape, from EF's DiagnosticListener, so the benchmark can say
/// where the time goes without touching the modules.
/// </summary>
internal sealed class CommandProfiler : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConcurrentDictionary<string, (long Count, double Ms)> _byShape = new();
    private readonly List<IDisposable> _subscriptions = [];
    private readonly long _started = Stopwatch.GetTimestamp();

    private static bool Trace => Environment.GetEnvironmentVariable("GROWTH_BENCH_TRACE") == "1";

    public static CommandProfiler Start()
    {
        var profiler = new CommandProfiler();
        profiler._subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(profiler));
        return profiler;
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is CommandExecutedEventData executed)
        {
            var shape = Shape(executed.Command.CommandText);
            if (Trace)
            {
                Console.Error.WriteLine($"{Stopwatch.GetElapsedTime(_started).TotalMilliseconds:F0} {executed.Duration.TotalMilliseconds:F1} {shape[..Math.Min(90, shape.Length)]}");
            }

            _byShape.AddOrUpdate(shape, (1, executed.Duration.TotalMilliseconds), (_, old) => (old.Count + 1, old.Ms + executed.Duration.TotalMilliseconds));
        }
    }

    public void Print(TimeSpan elapsed, int events)
    {
        var total = _byShape.Values.Sum(v => v.Ms);
        Console.WriteLine($"profile: {_byShape.Values.Sum(v => v.Count):N0} commands ({_byShape.Values.Sum(v => v.Count) / (double)events:F1} per event), "
            + $"{total / 1000:F1}s in commands of {elapsed.TotalSeconds:F1}s wall");
        Console.WriteLine("| commands | per event | total s | avg ms | statement |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | --- |");
        foreach (var (shape, (count, ms)) in _byShape.OrderByDescending(p => p.Value.Ms).Take(25))
        {
            Console.WriteLine($"| {count:N0} | {count / (double)events:F2} | {ms / 1000:F2} | {ms / count:F3} | `{shape}` |");
        }
    }

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    // The statement without parameters or whitespace runs, trimmed: enough to tell the queries apart.
    private static string Shape(string sql)
    {
        var flat = string.Join(' ', sql.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length > 140 ? flat[..140] : flat;
    }
}
