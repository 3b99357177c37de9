using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Testing;

namespace UserOps.Community.BuildingBlocks.Tests.Outbox;

/// <summary>One application instance: the outbox, the test module and its handlers, on a given database.</summary>
public sealed class OutboxHost : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _started;

    private OutboxHost(IHost host, TimeProvider time)
    {
        _host = host;
        Time = time;
    }

    public IServiceProvider Services => _host.Services;

    public TimeProvider Time { get; }

    public FakeTimeProvider FakeTime => (FakeTimeProvider)Time;

    public TestProbe Probe => Services.GetRequiredService<TestProbe>();

    public static OutboxHost Create(
        TestDatabase database,
        Action<OutboxOptions>? configure = null,
        Action<IServiceCollection>? services = null,
        TimeProvider? time = null)
    {
        time ??= new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            [$"ConnectionStrings:{DatabaseRegistration.ConnectionStringName}"] = database.ConnectionString,
        });
        builder.Services.AddSingleton(time);
        builder.Services.AddCommunityDatabase();
        builder.Services.AddOutbox(builder.Configuration);
        builder.Services.Configure<OutboxOptions>(o =>
        {
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
            o.RetryMaxDelay = TimeSpan.FromSeconds(1);
            configure?.Invoke(o);
        });
        builder.Services.AddSingleton<IModuleModel, TestModuleModel>();
        builder.Services.AddSingleton<TestProbe>();
        builder.Services.AddSingleton(new InstanceName(Guid.NewGuid().ToString("N")));
        builder.Services.AddIntegrationEventHandler<SomethingHappened, FirstHandler>();
        builder.Services.AddIntegrationEventHandler<SomethingHappened, SecondHandler>();
        services?.Invoke(builder.Services);
        return new OutboxHost(builder.Build(), time);
    }

    public async Task EnsureSchemaAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Database.EnsureCreatedAsync();
    }

    public async Task StartAsync()
    {
        await _host.StartAsync();
        _started = true;
    }

    public Task DrainAsync() => Services.GetRequiredService<OutboxDrainer>().DrainAsync(TimeSpan.FromSeconds(60));

    /// <summary>Drains, then moves the clock past any backoff, as often as asked.</summary>
    public async Task DrainWithRetriesAsync(int rounds)
    {
        for (var i = 0; i < rounds; i++)
        {
            await DrainAsync();
            FakeTime.Advance(TimeSpan.FromMinutes(1));
        }

        await DrainAsync();
    }

    public async Task<List<Guid>> PublishAsync(Guid aggregateId, params int[] values)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var ids = new List<Guid>();
        foreach (var value in values)
        {
            var integrationEvent = new SomethingHappened(aggregateId, value) { OccurredAt = Time.GetUtcNow().UtcDateTime };
            db.AddIntegrationEvent(integrationEvent, aggregateId, Time);
            ids.Add(integrationEvent.EventId);
        }

        await db.SaveChangesAsync();
        return ids;
    }

    public async Task<T> QueryAsync<T>(Func<CommunityDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CommunityDbContext>());
    }

    public Task<List<TestEffect>> EffectsAsync() =>
        QueryAsync(db => db.Set<TestEffect>().AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());

    internal Task<OutboxMessage> MessageAsync(Guid messageId) =>
        QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.MessageId == messageId));

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await _host.StopAsync();
        }

        _host.Dispose();
    }
}
