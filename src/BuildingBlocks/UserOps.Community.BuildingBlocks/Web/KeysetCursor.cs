using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace UserOps.Community.BuildingBlocks.Web;

/// <summary>What a list keeps in its cursors' key, so decoding refuses keys the list never writes.</summary>
public enum CursorKey
{
    /// <summary>A <see cref="DateTime"/>'s ticks (<see cref="KeysetCursor.At"/>).</summary>
    Timestamp,

    /// <summary>A finite double's bits (<see cref="KeysetCursor.Score"/>).</summary>
    Score,

    /// <summary>Any integer.</summary>
    Integer,
}

/// <summary>An opaque position in a list ordered by (timestamp or score, id): lists never page with OFFSET.</summary>
public readonly record struct KeysetCursor(long Key, Guid Id)
{
    public static KeysetCursor From(DateTime at, Guid id) => new(at.Ticks, id);

    public static KeysetCursor From(double score, Guid id) => new(BitConverter.DoubleToInt64Bits(score), id);

    public DateTime At => new(Key, DateTimeKind.Utc);

    public double Score => BitConverter.Int64BitsToDouble(Key);

    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Key}:{Id:N}")));

    /// <summary>
    /// Reads a cursor; no cursor is a valid start. A key that <paramref name="holds"/> (time by default) could not have
    /// written is refused, so a forged cursor is a 400, not an exception or a NaN when the key is read.
    /// </summary>
    public static bool TryDecode(string? value, out KeysetCursor? cursor, CursorKey holds = CursorKey.Timestamp)
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
                && Fits(key, holds))
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

    private static bool Fits(long key, CursorKey holds) => holds switch
    {
        CursorKey.Timestamp => key >= 0 && key <= DateTime.MaxValue.Ticks,
        CursorKey.Score => double.IsFinite(BitConverter.Int64BitsToDouble(key)),
        _ => true,
    };
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
