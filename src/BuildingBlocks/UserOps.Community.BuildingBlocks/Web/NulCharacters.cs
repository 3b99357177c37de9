using System.Collections.Concurrent;
using System.Reflection;

namespace UserOps.Community.BuildingBlocks.Web;

/// <summary>
/// Finds U+0000 in a request's text. PostgreSQL refuses it in every text column (SQLite and SQL Server store it), so
/// the API refuses it for all providers before it reaches a handler.
/// </summary>
public static class NulCharacters
{
    private static readonly ConcurrentDictionary<Type, (string Name, Func<object, object?> Read)[]> TextProperties = new();

    /// <summary>The first string (or string list) property of <paramref name="request"/> holding a NUL, or null.</summary>
    public static string? FindIn(object request)
    {
        foreach (var (name, read) in TextProperties.GetOrAdd(request.GetType(), Describe))
        {
            var hasNul = read(request) switch
            {
                string text => text.Contains('\0', StringComparison.Ordinal),
                IEnumerable<string?> texts => texts.Any(t => t?.Contains('\0', StringComparison.Ordinal) == true),
                _ => false,
            };
            if (hasNul)
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
                && (p.PropertyType == typeof(string) || typeof(IEnumerable<string>).IsAssignableFrom(p.PropertyType)))
            .Select(p => (p.Name, (Func<object, object?>)p.GetValue)),
    ];
}
