using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Persistence;

namespace UserOps.Community.ArchitectureTests;

/// <summary>Each provider's migrations must describe the current model: a forgotten migration fails here, not in production.</summary>
public sealed class MigrationTests
{
    public static TheoryData<DatabaseProvider> Providers => [.. Enum.GetValues<DatabaseProvider>()];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Given_the_composed_model_Then_the_provider_has_no_pending_model_changes(DatabaseProvider provider)
    {
        using var context = CreateContext(provider);

        Assert.False(
            context.Database.HasPendingModelChanges(),
            $"The {provider} migrations do not match the model. Run scripts/add-migration NAME (it adds one for every provider) and commit the result.");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Given_the_provider_Then_it_has_migrations(DatabaseProvider provider)
    {
        using var context = CreateContext(provider);

        Assert.NotEmpty(context.Database.GetMigrations());
    }

    [Fact]
    public void Given_all_providers_Then_they_have_the_same_migrations_by_name()
    {
        var names = Enum.GetValues<DatabaseProvider>().ToDictionary(p => p, p =>
        {
            using var context = CreateContext(p);
            return string.Join(", ", context.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]));
        });

        Assert.True(names.Values.Distinct().Count() == 1, "Migration histories differ: " + string.Join("; ", names.Select(n => $"{n.Key}: {n.Value}")));
    }

    [Fact]
    public void Given_SqlServer_Then_an_idempotent_migration_script_generates_without_a_server()
    {
        using var context = CreateContext(DatabaseProvider.SqlServer);

        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.False(string.IsNullOrWhiteSpace(script));
        Assert.Contains("__EFMigrationsHistory", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
    }

    private static CommunityDbContext CreateContext(DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder<CommunityDbContext>();
        DatabaseRegistration.UseProvider(options, provider, provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=:memory:",
            DatabaseProvider.SqlServer => "Server=localhost;Database=community;Encrypt=false",
            DatabaseProvider.PostgreSql => "Host=localhost;Database=community",
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        });
        options.UseModules(ModuleModels());
        return new CommunityDbContext(options.Options);
    }

    // Each module registers its IModuleModel in Add<Module>Module, exactly as the host calls it.
    private static IReadOnlyList<IModuleModel> ModuleModels()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();
        foreach (var module in Solution.Modules)
        {
            var add = module.Implementation.GetType($"{Solution.Prefix}{module.Name}.{module.Name}Module", throwOnError: true)!
                .GetMethod($"Add{module.Name}Module", BindingFlags.Public | BindingFlags.Static, [typeof(IServiceCollection), typeof(IConfiguration)])
                ?? throw new InvalidOperationException($"{module.Name}Module has no Add{module.Name}Module(IServiceCollection, IConfiguration).");
            add.Invoke(null, [services, configuration]);
        }

        using var provider = services.BuildServiceProvider();
        var models = provider.GetServices<IModuleModel>().ToList();
        Assert.NotEmpty(models);
        return models;
    }
}
