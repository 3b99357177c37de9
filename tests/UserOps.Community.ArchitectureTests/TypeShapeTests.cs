using System.Reflection;
using System.Runtime.CompilerServices;
using UserOps.Community.BuildingBlocks.Events;

namespace UserOps.Community.ArchitectureTests;

public sealed class TypeShapeTests
{
    public static TheoryData<string> ModuleNames => [.. Solution.Modules.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Given_a_module_Then_its_only_public_type_is_the_static_Module_class(string moduleName)
    {
        var module = Solution.Modules.Single(m => m.Name == moduleName);

        var exported = module.Implementation.GetExportedTypes();

        var entry = Assert.Single(exported, t => t.Name == module.Name + "Module");
        Assert.True(IsStatic(entry), $"{entry.FullName} must be a static class.");
        var others = exported.Where(t => t != entry).Select(t => t.FullName).ToList();
        Assert.True(others.Count == 0, $"Make these internal: {string.Join(", ", others)}");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Given_a_module_Then_every_class_is_sealed_static_or_abstract(string moduleName)
    {
        var module = Solution.Modules.Single(m => m.Name == moduleName);

        var classes = Solution.HandWrittenTypes(module.Implementation).Where(t => t.IsClass).ToList();
        Assert.NotEmpty(classes);
        var open = classes
            .Where(t => !t.IsSealed && !t.IsAbstract)
            .Select(t => t.FullName)
            .ToList();

        Assert.True(open.Count == 0, $"Seal these (or make them static or abstract): {string.Join(", ", open)}");
    }

    [Fact]
    public void Given_endpoint_classes_Then_they_are_static()
    {
        var endpoints = Solution.All.SelectMany(Solution.HandWrittenTypes)
            .Where(t => t.Name.EndsWith("Endpoint", StringComparison.Ordinal) || t.Name.EndsWith("Endpoints", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(endpoints);
        var notStatic = endpoints.Where(t => !IsStatic(t)).Select(t => t.FullName).ToList();
        Assert.True(notStatic.Count == 0, $"Endpoint classes must be static: {string.Join(", ", notStatic)}");
    }

    [Fact]
    public void Given_integration_events_Then_they_are_sealed_immutable_records()
    {
        var events = Solution.All.SelectMany(Solution.HandWrittenTypes)
            .Where(t => typeof(IIntegrationEvent).IsAssignableFrom(t) && !t.IsInterface && !t.IsAbstract)
            .ToList();

        Assert.NotEmpty(events);
        var problems = events.SelectMany(EventProblems).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static IEnumerable<string> EventProblems(Type type)
    {
        if (!type.IsSealed)
        {
            yield return $"{type.FullName} must be sealed.";
        }

        // Records have a compiler-made clone method; plain classes do not.
        if (type.GetMethod("<Clone>$") is null)
        {
            yield return $"{type.FullName} must be a record.";
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setter = property.SetMethod;
            if (setter is { IsPublic: true } && !IsInitOnly(setter))
            {
                yield return $"{type.FullName}.{property.Name} has a public setter; use init.";
            }

            if (setter is { IsPublic: false } && !IsInitOnly(setter))
            {
                yield return $"{type.FullName}.{property.Name} has a private setter; events never change after they are raised.";
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Where(f => !f.IsInitOnly))
        {
            yield return $"{type.FullName} has a mutable field {field.Name}.";
        }
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsStatic(Type type) => type.IsClass && type.IsAbstract && type.IsSealed;
}
