using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace UserOps.Community.BuildingBlocks.Web;

/// <summary>What <see cref="InputGuards.Find"/> refused: the property, and whether it held a NUL or a null item.</summary>
public readonly record struct UnusableInput(string Property, bool IsNulCharacter);

/// <summary>
/// Checks every validated request body for input no validator should have to think about, before its validator runs:
/// U+0000 in text (PostgreSQL refuses it in every text column; SQLite and SQL Server store it), and null items in a
/// list (validators and handlers read a list's items as present).
/// </summary>
public static class InputGuards
{
    private static readonly ConcurrentDictionary<Type, (string Name, Func<object, object?> Read)[]> Properties = new();

    /// <summary>
    /// The first property holding a NUL in its text (or list of texts), else the first list property with a null item,
    /// else null. Each property is read once.
    /// </summary>
    public static UnusableInput? Find(object request)
    {
        UnusableInput? nullItem = null;
        foreach (var (name, read) in Properties.GetOrAdd(request.GetType(), Describe))
        {
            switch (read(request))
            {
                case string text when text.Contains('\0', StringComparison.Ordinal):
                    return new UnusableInput(name, IsNulCharacter: true);
                case string:
                    break;
                case IEnumerable items:
                    var values = items.Cast<object?>().ToList();
                    if (values.Any(v => v is string text && text.Contains('\0', StringComparison.Ordinal)))
                    {
                        return new UnusableInput(name, IsNulCharacter: true);
                    }

                    nullItem ??= values.Contains(null) ? new UnusableInput(name, IsNulCharacter: false) : null;
                    break;
            }
        }

        return nullItem;
    }

    private static (string Name, Func<object, object?> Read)[] Describe(Type type) =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0
                && (p.PropertyType == typeof(string) || (typeof(IEnumerable).IsAssignableFrom(p.PropertyType) && !typeof(IDictionary).IsAssignableFrom(p.PropertyType))))
            .Select(p => (p.Name, (Func<object, object?>)p.GetValue)),
    ];
}
