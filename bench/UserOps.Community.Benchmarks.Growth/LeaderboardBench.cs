namespace UserOps.Community.Benchmarks.Growth;

internal sealed record LeaderboardSettings(Uri Url, string Connection, int Members, int Excluded, int Probes, int Readers, TimeSpan Duration, TimeSpan Warmup);

internal static class LeaderboardBench
{
    public static Task RunAsync(LeaderboardSettings settings) => throw new NotImplementedException();
}
