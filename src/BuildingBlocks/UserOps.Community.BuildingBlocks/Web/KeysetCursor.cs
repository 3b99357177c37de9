using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace UserOps.Community.BuildingBlocks.Web;

/// <summary>An opaque position in a list ordered by (timestamp or score, id): lists never page with OFFSET.</summary>
public readonly record struct KeysetCursor(long Key, Guid Id)
{
    public static KeysetCursor From(DateTime at, Guid id) => new(at.Ticks, id);

    public DateTime At => new(Key, DateTimeKind.Utc);

    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Key}:{Id:N}")));

    /// <summary>
    /// Reads a cursor; no cursor is a valid start. A list ordered by time (the default) refuses a key that is no
    /// timestamp, so a forged cursor is a 400, not an exception when <see cref="At"/> is read. Score-ordered lists pass
    /// <paramref name="keyIsTimestamp"/> false: their key holds a score's bits.
    /// </summary>
    public static bool TryDecode(string? value, out KeysetCursor? cursor, bool keyIsTimestamp = true)
    {
        cursor = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value)).Split(':');
            if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var key)
                && Guid.TryParseExact(parts[1], "N", out var id)
                && (!keyIsTimestamp || (key >= 0 && key <= DateTime.MaxValue.Ticks)))
            {
                cursor = new KeysetCursor(key, id);
                return true;
            }
        }
        catch (FormatException)
        {
            // Falls through to "invalid cursor".
        }

        return false;
    }
}

/// <summary>One page of a keyset-paginated list.</summary>
public sealed record CursorPage<T>(IReadOnlyList<T> Items, string? NextCursor);

public static class Paging
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static int Clamp(int? limit) => Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);

    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult InvalidCursor() =>
        ApiProblems.BadRequest("invalid_cursor", "The cursor is not valid; start again without it.");
}
