using System.Reflection;
using NetArchTest.Rules;

namespace UserOps.Community.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    public static TheoryData<string> ModuleNames => [.. Solution.Modules.Select(m => m.Name)];

    [Fact]
    public void Given_the_output_folder_Then_modules_and_building_blocks_are_found()
    {
        Assert.Contains(Solution.Modules, m => m.Name == "Identity" && m.Contracts is not null);
        Assert.Contains(Solution.All, a => a == Solution.BuildingBlocks);
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Given_a_module_Then_it_references_only_BuildingBlocks_and_Contracts_assemblies(string moduleName)
    {
        var module = Find(moduleName);
        var allowed = Solution.Contracts.Select(a => a.GetName().Name!).Append(Solution.BuildingBlocksName).ToHashSet();

        var forbidden = Solution.ReferencedProductAssemblies(module.Implementation).Where(name => !allowed.Contains(name)).ToList();

        Assert.True(forbidden.Count == 0, $"{module.Implementation.GetName().Name} references {string.Join(", ", forbidden)}; reach other modules only through their *.Contracts.");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Given_a_module_Then_no_type_uses_another_modules_implementation(string moduleName)
    {
        var module = Find(moduleName);
        foreach (var other in Solution.Modules.Where(m => m != module))
        {
            var result = Types.InAssembly(module.Implementation).ShouldNot().HaveDependencyOnAny(ImplementationTypeNames(other)).GetResult();

            Assert.True(result.IsSuccessful, $"{module.Name} uses {other.Name}'s implementation in: {Failing(result)}");
        }
    }

    [Fact]
    public void Given_the_implementation_type_rule_Then_it_does_catch_a_real_dependency()
    {
        // The host legitimately composes every module: if the rule passed here it would be checking nothing.
        var host = Assembly.Load("UserOps.Community.Host");
        foreach (var module in Solution.Modules)
        {
            var result = Types.InAssembly(host).ShouldNot().HaveDependencyOnAny(ImplementationTypeNames(module)).GetResult();
            Assert.False(result.IsSuccessful, $"The dependency rule did not see the host using {module.Name}.");
        }
    }

    [Fact]
    public void Given_Contracts_assemblies_Then_they_depend_only_on_BuildingBlocks()
    {
        Assert.NotEmpty(Solution.Contracts);
        foreach (var contracts in Solution.Contracts)
        {
            var forbidden = Solution.ReferencedProductAssemblies(contracts).Where(name => name != Solution.BuildingBlocksName).ToList();
            Assert.True(forbidden.Count == 0, $"{contracts.GetName().Name} references {string.Join(", ", forbidden)}; contracts may depend on BuildingBlocks only.");

            var others = Solution.Modules.SelectMany(ImplementationTypeNames).ToArray();
            var result = Types.InAssembly(contracts).ShouldNot().HaveDependencyOnAny(others).GetResult();
            Assert.True(result.IsSuccessful, $"{contracts.GetName().Name} uses module internals in: {Failing(result)}");
        }
    }

    [Fact]
    public void Given_BuildingBlocks_Then_it_depends_on_no_module()
    {
        var references = Solution.ReferencedProductAssemblies(Solution.BuildingBlocks).ToList();
        Assert.True(references.Count == 0, $"BuildingBlocks references {string.Join(", ", references)}.");

        var moduleNamespaces = Solution.Modules.Select(m => Solution.Prefix + m.Name).ToArray();
        var result = Types.InAssembly(Solution.BuildingBlocks).ShouldNot().HaveDependencyOnAny(moduleNamespaces).GetResult();
        Assert.True(result.IsSuccessful, $"BuildingBlocks uses a module in: {Failing(result)}");
    }

    private static Module Find(string name) => Solution.Modules.Single(m => m.Name == name);

    // Full type names, not the module's root namespace: that prefix would also match its Contracts namespace.
    private static string[] ImplementationTypeNames(Module module) =>
        [.. module.Implementation.GetTypes().Where(t => !t.IsNested && t.FullName is not null && !t.Name.StartsWith('<')).Select(t => t.FullName!)];

    private static string Failing(TestResult result) => string.Join(", ", result.FailingTypeNames ?? []);
}
