namespace UserOps.Community.BuildingBlocks.Outbox;

public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    public bool DispatcherEnabled { get; set; } = true;

    public int BatchSize { get; set; } = 500;

    /// <summary>Fallback poll for messages committed by other instances; local commits wake the dispatcher at once.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a lane waits after a wake-up, or after a batch smaller than <see cref="BatchSize"/>, before claiming:
    /// commits arriving meanwhile join the batch, so a steady trickle pays each claim's and delivery's fixed cost once per
    /// several actions instead of once each (ADR 0048). A full batch (a backlog) never waits. Zero claims at once.
    /// </summary>
    public TimeSpan Linger { get; set; } = TimeSpan.FromMilliseconds(20);

    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    public int MaxAttempts { get; set; } = 8;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A pending message older than this makes /health/ready report the outbox as stuck.</summary>
    public TimeSpan StuckAfter { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan DelayForAttempt(int attempts)
    {
        var exponent = Math.Min(attempts - 1, 20);
        var delay = RetryBaseDelay * Math.Pow(2, exponent);
        return delay < RetryMaxDelay ? delay : RetryMaxDelay;
    }
}
