using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace UserOps.Community.BuildingBlocks.Web;

/// <summary>
/// Checks every validated request body for input no validator should have to think about, before its validator runs:
/// U+0000 in text (PostgreSQL refuses it in every text column; SQLite and SQL Server store it), and null items in a
/// list (validators and handlers read a list's items as present).
/// </summary>
public static class InputGuards
{
    private static readonly ConcurrentDictionary<Type, (string Name, Func<object, object?> Read)[]> Properties = new();

    /// <summary>The first property of <paramref name="request"/> whose text (or list of texts) holds a NUL, or null.</summary>
    public static string? FindNulCharacter(object request) => FindProperty(request, value => value switch
    {
        string text => text.Contains('\0', StringComparison.Ordinal),
        IEnumerable<string?> texts => texts.Any(t => t?.Contains('\0', StringComparison.Ordinal) == true),
        _ => false,
    });

    /// <summary>The first list property of <paramref name="request"/> with a null item, or null.</summary>
    public static string? FindNullItem(object request) => FindProperty(request, value => value switch
    {
        string => false,
        IEnumerable items => items.Cast<object?>().Any(item => item is null),
        _ => false,
    });

    private static string? FindProperty(object request, Func<object?, bool> isBad)
    {
        foreach (var (name, read) in Properties.GetOrAdd(request.GetType(), Describe))
        {
            if (isBad(read(request)))
            {
                return name;
            }
        }

        return null;
    }

    private static (string Name, Func<object, object?> Read)[] Describe(Type type) =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0
                && (p.PropertyType == typeof(string) || (typeof(IEnumerable).IsAssignableFrom(p.PropertyType) && !typeof(IDictionary).IsAssignableFrom(p.PropertyType))))
            .Select(p => (p.Name, (Func<object, object?>)p.GetValue)),
    ];
}
