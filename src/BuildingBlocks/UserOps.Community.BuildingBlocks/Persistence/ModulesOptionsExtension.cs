using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace UserOps.Community.BuildingBlocks.Persistence;

/// <summary>
/// Carries the composed modules in the context's options: a pooled context is made from its options alone
/// (ADR 0051), so the modules cannot come through its constructor.
/// </summary>
internal sealed class ModulesOptionsExtension : IDbContextOptionsExtension
{
    private ExtensionInfo? _info;

    public ModulesOptionsExtension(IReadOnlyList<IModuleModel> modules)
    {
        Modules = [.. modules.OrderBy(m => m.Schema, StringComparer.Ordinal)];
        ModelKey = string.Join(',', Modules.Select(m => m.GetType().FullName));
    }

    public IReadOnlyList<IModuleModel> Modules { get; }

    // Read by the model cache key factory whenever a context is initialised: joined once, not on every read.
    public string ModelKey { get; }

    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

    // The modules shape the model (see ComposedModelCacheKeyFactory), never EF's internal services.
    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(ModulesOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => string.Empty;

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["Community:Modules"] = ((ModulesOptionsExtension)Extension).ModelKey;
    }
}

public static class ModulesOptions
{
    /// <summary>Composes these modules' models into the context built from these options.</summary>
    public static DbContextOptionsBuilder UseModules(this DbContextOptionsBuilder options, IEnumerable<IModuleModel> modules)
    {
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new ModulesOptionsExtension([.. modules]));
        return options;
    }
}
