using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace UserOps.Community.Notifications.Scaleout;

internal static class RedisScaleout
{
    public const string ConnectionStringKey = "Redis:ConnectionString";
    public const string ReadyTag = "ready";

    /// <summary>With Redis configured, every instance's hub shares groups, users and connections through the backplane.</summary>
    public static ISignalRServerBuilder AddRedisBackplaneWhenConfigured(this ISignalRServerBuilder signalR, IConfiguration configuration)
    {
        var connectionString = configuration[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return signalR;
        }

        signalR.AddStackExchangeRedis(connectionString, options => options.Configuration.ChannelPrefix = RedisChannel.Literal("userops-community"));
        signalR.Services.AddSingleton(new RedisProbe(connectionString));
        signalR.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [ReadyTag]);
        return signalR;
    }
}

/// <summary>A connection of its own for the readiness check, so a Redis outage shows on /health/ready.</summary>
internal sealed class RedisProbe(string connectionString) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ConnectionMultiplexer? _connection;

    public async Task<TimeSpan> PingAsync()
    {
        await _gate.WaitAsync();
        try
        {
            _connection ??= await ConnectionMultiplexer.ConnectAsync(connectionString);
        }
        finally
        {
            _gate.Release();
        }

        return await _connection.GetDatabase().PingAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        _gate.Dispose();
    }
}

internal sealed class RedisHealthCheck(RedisProbe probe) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await probe.PingAsync().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:0.#} ms");
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return HealthCheckResult.Unhealthy("Redis is unreachable: real-time messages cannot cross instances.", exception);
        }
    }
}
