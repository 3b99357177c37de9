using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Outbox;

namespace UserOps.Community.BuildingBlocks.Persistence;

/// <summary>
/// The single EF model of the monolith, composed from every module's <see cref="IModuleModel"/>.
/// Modules never see each other's entities: each only configures and queries its own.
/// </summary>
public sealed class CommunityDbContext : DbContext, IDataProtectionKeyContext
{
    private readonly ModulesOptionsExtension _modules;

    /// <summary>Options alone, as context pooling requires: the modules come in them (<see cref="ModulesOptions.UseModules"/>).</summary>
    public CommunityDbContext(DbContextOptions<CommunityDbContext> options)
        : base(options)
    {
        _modules = options.FindExtension<ModulesOptionsExtension>()
            ?? throw new InvalidOperationException("The context's options name no modules: call UseModules when configuring them.");
    }

    internal string ModelKey => _modules.ModelKey;

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    internal DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    internal DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasAnnotation(ModelBuilderProvider.AnnotationName, ProviderOf(Database).ToString());
        new MessagingModel().Configure(modelBuilder);
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys", MessagingModel.HostSchema);
        foreach (var module in _modules.Modules)
        {
            module.Configure(modelBuilder);
        }

        if (Database.IsSqlite())
        {
            FlattenSchemasIntoPrefixes(modelBuilder);
        }
    }

    private static DatabaseProvider ProviderOf(Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database) =>
        database.IsSqlite() ? DatabaseProvider.Sqlite
        : database.IsNpgsql() ? DatabaseProvider.PostgreSql
        : database.IsSqlServer() ? DatabaseProvider.SqlServer
        : throw new InvalidOperationException($"Unsupported provider {database.ProviderName}.");

    // SQLite has no schemas: "growth.point_entries" becomes "growth_point_entries".
    private static void FlattenSchemasIntoPrefixes(ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            var schema = entityType.GetSchema();
            var table = entityType.GetTableName();
            if (schema is not null && table is not null)
            {
                entityType.SetTableName($"{schema}_{table}");
                entityType.SetSchema(null);
            }
        }
    }
}
