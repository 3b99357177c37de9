using System.Reflection;

namespace UserOps.Community.ArchitectureTests;

/// <summary>The assemblies of the product, found by name next to the host so new modules are covered without edits.</summary>
public static class Solution
{
    public const string Prefix = "UserOps.Community.";
    public const string BuildingBlocksName = "UserOps.Community.BuildingBlocks";
    public const string ContractsSuffix = ".Contracts";

    private static readonly string[] NotModules = ["BuildingBlocks", "Host", "Testing", "IntegrationTests", "ArchitectureTests"];

    public static Assembly BuildingBlocks { get; } = Assembly.Load(BuildingBlocksName);

    /// <summary>Every UserOps.Community.* assembly beside the tests (the host's output is copied here).</summary>
    public static IReadOnlyList<Assembly> All { get; } =
    [
        .. Directory.GetFiles(AppContext.BaseDirectory, Prefix + "*.dll")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Where(name => !name.EndsWith(".Tests", StringComparison.Ordinal) && !name.EndsWith("Tests", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => Assembly.Load(name)),
    ];

    /// <summary>Module implementation assemblies: UserOps.Community.&lt;Module&gt; (one name segment after the prefix).</summary>
    public static IReadOnlyList<Module> Modules { get; } =
    [
        .. All
            .Where(a => a.GetName().Name!.Split('.').Length == 3)
            .Select(a => a.GetName().Name![Prefix.Length..])
            .Where(name => !NotModules.Contains(name))
            .Select(name => new Module(
                name,
                All.Single(a => a.GetName().Name == Prefix + name),
                All.SingleOrDefault(a => a.GetName().Name == Prefix + name + ContractsSuffix))),
    ];

    public static IReadOnlyList<Assembly> Contracts { get; } =
        [.. All.Where(a => a.GetName().Name!.EndsWith(ContractsSuffix, StringComparison.Ordinal))];

    public static IEnumerable<string> ReferencedProductAssemblies(Assembly assembly) =>
        assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal));

    /// <summary>Types written by hand (no compiler-made closures, state machines or attributes).</summary>
    public static IEnumerable<Type> HandWrittenTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t =>
            !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), inherit: false)
            && !t.Name.Contains('<', StringComparison.Ordinal)
            && t.Namespace?.StartsWith(Prefix, StringComparison.Ordinal) == true);
}

public sealed record Module(string Name, Assembly Implementation, Assembly? Contracts)
{
    public override string ToString() => Name;
}
