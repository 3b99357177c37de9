using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.Testing;

namespace UserOps.Community.IntegrationTests.Infrastructure;

/// <summary>Settings a single test changes: configuration keys, a fake clock, extra services.</summary>
public sealed class FactoryOptions
{
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    public FakeTimeProvider? Clock { get; set; }

    public Action<IServiceCollection>? ConfigureServices { get; set; }

    internal bool MigrateOnStartup { get; set; }
}

/// <summary>
/// Hosts the real Program on a database of its own, copied from a template migrated once per run.
/// One factory per test: a fresh database each time, and no state shared between tests.
/// </summary>
public sealed class CommunityApiFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@test.local";
    public const string AdminPassword = "Admin!Passw0rd";
    public const string ClientIpHeader = "X-Test-Client-Ip";

    private const string TemplateKey = "community-migrated";

    private readonly TestDatabase _database;
    private readonly FactoryOptions _options;
    private readonly bool _ownsDatabase;
    private readonly Lock _serverGate = new();

    private CommunityApiFactory(TestDatabase database, FactoryOptions options, bool ownsDatabase)
    {
        _database = database;
        _options = options;
        _ownsDatabase = ownsDatabase;
    }

    public EventRecorder Events { get; } = new();

    public HandlerFailureSwitch HandlerFailures { get; } = new();

    public FakeTimeProvider Clock => _options.Clock ?? throw new InvalidOperationException("This factory has no fake clock.");

    public TestDatabase Database => _database;

    public static async Task<CommunityApiFactory> CreateAsync(Action<FactoryOptions>? configure = null)
    {
        var options = new FactoryOptions();
        configure?.Invoke(options);
        var database = await TestDatabases.CreateFromTemplateAsync(TemplateKey, PrepareTemplateAsync);
        return new CommunityApiFactory(database, options, ownsDatabase: true);
    }

    /// <summary>A host on a database the caller owns and prepares (e.g. an empty one), with no admin bootstrap.</summary>
    public static Task<CommunityApiFactory> CreateOnAsync(TestDatabase database)
    {
        var options = new FactoryOptions();
        options.Settings["Bootstrap:AdminEmail"] = string.Empty;
        return Task.FromResult(new CommunityApiFactory(database, options, ownsDatabase: false));
    }

    /// <summary>Another application instance on this factory's database and clock, as behind a load balancer.</summary>
    public CommunityApiFactory CreateSecondInstance()
    {
        var options = new FactoryOptions { Clock = _options.Clock };
        options.Settings["Bootstrap:AdminEmail"] = string.Empty;
        return new CommunityApiFactory(_database, options, ownsDatabase: false);
    }

    /// <summary>
    /// The base factory starts its server and records each client in a plain list, so parallel callers
    /// (tests sign members up with Task.WhenAll) could leave a null in it that fails DisposeAsync.
    /// </summary>
    public new HttpClient CreateClient()
    {
        lock (_serverGate)
        {
            return base.CreateClient();
        }
    }

    // Reading the services starts the server on first use, which is not safe from two threads at once either.
    public override IServiceProvider Services
    {
        get
        {
            lock (_serverGate)
            {
                return base.Services;
            }
        }
    }

    public Task DrainOutboxAsync() => Services.GetRequiredService<OutboxDrainer>().DrainAsync(TimeSpan.FromSeconds(30));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase)
        {
            await _database.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Database:Provider"] = _database.Provider.ToString(),
            ["ConnectionStrings:Community"] = _database.ConnectionString,
            ["Database:MigrateOnStartup"] = _options.MigrateOnStartup ? "true" : "false",
            ["Seed:Demo"] = "false",
            ["Bootstrap:AdminEmail"] = AdminEmail,
            ["Bootstrap:AdminPassword"] = AdminPassword,
            ["RateLimiting:Auth:PermitLimit"] = "100000",
            ["RateLimiting:Auth:Window"] = "00:01:00",
            ["RateLimiting:Writes:PermitLimit"] = "100000",
            ["RateLimiting:Writes:Window"] = "00:01:00",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
        };
        foreach (var (key, value) in _options.Settings)
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            if (_options.Clock is { } clock)
            {
                services.AddSingleton<TimeProvider>(clock);
            }

            // Identity's 100,000 PBKDF2 iterations cost ~50 ms per sign-up and sign-in; tests make hundreds of members.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
            services.AddSingleton(Events);
            services.AddSingleton(HandlerFailures);
            services.AddIntegrationEventHandler<UserRegistered, RecordingHandler>();
            services.AddIntegrationEventHandler<ProfileUpdated, RecordingHandler>();
            services.AddIntegrationEventHandler<UserSignedIn, RecordingHandler>();
            services.AddIntegrationEventHandler<UserRolesChanged, RecordingHandler>();
            services.AddIntegrationEventHandler<UserRegistered, SwitchableFailingHandler>();
            services.AddSingleton<IStartupFilter, ClientIpStartupFilter>();
            _options.ConfigureServices?.Invoke(services);
        });
    }

    private static async Task PrepareTemplateAsync(TestDatabase template)
    {
        // Starting the host migrates and creates the bootstrap admin; draining leaves no message pending in the copies.
        await using var factory = new CommunityApiFactory(template, new FactoryOptions { MigrateOnStartup = true }, ownsDatabase: false);
        await factory.DrainOutboxAsync();
    }

    /// <summary>TestServer has no client address; tests pick one per request so per-IP limits can be shown.</summary>
    private sealed class ClientIpStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) =>
            app =>
            {
                app.Use((context, nextMiddleware) =>
                {
                    context.Connection.RemoteIpAddress =
                        context.Request.Headers.TryGetValue(ClientIpHeader, out var value) && IPAddress.TryParse(value.ToString(), out var address)
                            ? address
                            : IPAddress.Loopback;
                    return nextMiddleware(context);
                });
                next(app);
            };
    }
}

public static class FactoryOptionsExtensions
{
    public static FactoryOptions With(this FactoryOptions options, string key, object value)
    {
        options.Settings[key] = Convert.ToString(value, CultureInfo.InvariantCulture);
        return options;
    }
}
