using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using UserOps.Community.BuildingBlocks.Outbox;

namespace UserOps.Community.BuildingBlocks.Persistence;

public static class DatabaseRegistration
{
    public const string ConnectionStringName = "Community";
    public const string DefaultSqliteConnectionString = "Data Source=data/community.db";

    public static IServiceCollection AddCommunityDatabase(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName);
        services.AddSingleton<SqlitePragmaInterceptor>();

        // Read when the first context is made, so hosts and test factories can override configuration late.
        // Pooled (ADR 0051): a request rents a context whose EF services are already set up, instead of building them again.
        services.AddDbContextPool<CommunityDbContext>((serviceProvider, options) =>
        {
            var provider = serviceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;
            UseProvider(options, provider, ConnectionString(serviceProvider.GetRequiredService<IConfiguration>(), provider));
            options.UseModules(serviceProvider.GetServices<IModuleModel>());
            options.AddInterceptors(serviceProvider.GetRequiredService<OutboxWriterInterceptor>());
            if (provider == DatabaseProvider.Sqlite)
            {
                options.AddInterceptors(serviceProvider.GetRequiredService<SqlitePragmaInterceptor>());
            }
        });
        return services;
    }

    public static string ConnectionString(IConfiguration configuration, DatabaseProvider provider) =>
        configuration.GetConnectionString(ConnectionStringName)
        ?? (provider == DatabaseProvider.Sqlite
            ? DefaultSqliteConnectionString
            : throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is required for {provider}."));

    /// <summary>Configures a provider the same way at run time, in tests and at design time.</summary>
    public static DbContextOptionsBuilder UseProvider(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        var migrationsAssembly = DatabaseOptions.MigrationsAssemblyFor(provider);
        _ = provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(PrepareSqlite(connectionString), b => b.MigrationsAssembly(migrationsAssembly)),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, b => b.MigrationsAssembly(migrationsAssembly)),
            DatabaseProvider.PostgreSql => options.UseNpgsql(WithPostgreSqlDefaults(connectionString), b => b.MigrationsAssembly(migrationsAssembly)),
            _ => throw new InvalidOperationException($"Unknown database provider {provider}."),
        };
        options.UseSnakeCaseNamingConvention();
        options.ReplaceService<IModelCacheKeyFactory, ComposedModelCacheKeyFactory>();
        return options;
    }

    /// <summary>How many statements, the most used, stay prepared on each connection unless the connection string says otherwise.</summary>
    public const int DefaultMaxAutoPrepare = 64;

    /// <summary>
    /// How many connections an instance opens at most unless the connection string says otherwise: a few per core,
    /// because more queries at once than the cores can run only queue inside PostgreSQL's scheduler (ADR 0059).
    /// </summary>
    public static int DefaultMaxPoolSize => Math.Max(8, 4 * Environment.ProcessorCount);

    // Defaults the connection string can override: every query and write repeats a handful of SQL texts, so preparing
    // them spares PostgreSQL parsing and planning each one again (ADR 0050); no session state outlives a
    // transaction here, so a pooled connection is handed out again without the seven reset statements Npgsql would
    // otherwise run before its next query (ADR 0055); and the pool is sized to the cores, not Npgsql's 100 (ADR 0059).
    private static string WithPostgreSqlDefaults(string connectionString)
    {
        // The keys as written (case-insensitive), so an explicit "Max Auto Prepare=0" still turns preparing off.
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (Unset("Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        if (Unset("No Reset On Close", "NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        if (Unset("Maximum Pool Size", "MaxPoolSize"))
        {
            builder.MaxPoolSize = DefaultMaxPoolSize;
        }

        return builder.ConnectionString;

        bool Unset(string keyword, string synonym) => !written.ContainsKey(keyword) && !written.ContainsKey(synonym);
    }

    // The embedded default must work on a fresh clone: create the folder the database file lives in.
    private static string PrepareSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        if (!string.IsNullOrEmpty(dataSource) && dataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }

        return connectionString;
    }
}
