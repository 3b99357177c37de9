using System.Reflection;
using System.Text.Json.Serialization;

namespace UserOps.Community.ArchitectureTests;

/// <summary>
/// Generated JSON contexts use the web defaults without the API's enum converter (ADR 0057): an enum they wrote would
/// come out as a number where the rest of the API writes a camel-case string.
/// </summary>
public sealed class GeneratedJsonTests
{
    [Fact]
    public void Given_types_written_by_a_generated_JSON_context_Then_none_of_them_holds_an_enum()
    {
        var contexts = Solution.All.SelectMany(a => a.GetTypes()).Where(t => t.IsSubclassOf(typeof(JsonSerializerContext))).ToList();
        Assert.NotEmpty(contexts);

        // The attribute keeps its type only as a constructor argument.
        var roots = contexts.SelectMany(c => c.GetCustomAttributesData())
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!)
            .ToList();
        Assert.NotEmpty(roots);
        var enums = roots.SelectMany(root => Reachable(root, [])).Where(t => t.IsEnum).Select(t => t.FullName).Distinct().ToList();

        Assert.True(enums.Count == 0, $"Written as numbers by generated JSON, as strings by the API: {string.Join(", ", enums)}");
    }

    private static IEnumerable<Type> Reachable(Type type, HashSet<Type> seen)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (!seen.Add(type))
        {
            yield break;
        }

        yield return type;
        var next = type.IsArray ? [type.GetElementType()!] : type.GetGenericArguments().AsEnumerable();
        if (type.Namespace?.StartsWith("UserOps.", StringComparison.Ordinal) == true)
        {
            next = next.Concat(type.GetProperties(BindingFlags.Instance | BindingFlags.Public).Select(p => p.PropertyType));
        }

        foreach (var reached in next.SelectMany(t => Reachable(t, seen)))
        {
            yield return reached;
        }
    }
}
