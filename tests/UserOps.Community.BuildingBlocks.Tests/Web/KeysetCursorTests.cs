using System.Buffers.Text;
using System.Text;
using UserOps.Community.BuildingBlocks.Web;

namespace UserOps.Community.BuildingBlocks.Tests.Web;

/// <summary>Cursors round-trip, and a time-ordered list refuses a key that is no timestamp instead of throwing later.</summary>
public sealed class KeysetCursorTests
{
    [Fact]
    public void Given_a_cursor_written_from_a_row_Then_it_reads_back_the_same_position()
    {
        var at = new DateTime(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc).AddTicks(7);
        var id = Guid.CreateVersion7();

        Assert.True(KeysetCursor.TryDecode(KeysetCursor.From(at, id).Encode(), out var cursor));

        Assert.Equal(at, cursor!.Value.At);
        Assert.Equal(DateTimeKind.Utc, cursor.Value.At.Kind);
        Assert.Equal(id, cursor.Value.Id);
    }

    [Theory]
    [InlineData(-1L, false)]
    [InlineData(long.MaxValue, false)]
    [InlineData(0L, true)]
    [InlineData(3_155_378_975_999_999_999L, true)]
    public void Given_a_key_Then_a_time_ordered_list_takes_it_only_when_it_is_a_timestamp(long key, bool accepted)
    {
        var value = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{key}:{Guid.CreateVersion7():N}"));

        Assert.Equal(accepted, KeysetCursor.TryDecode(value, out var cursor));
        Assert.Equal(accepted, cursor is not null);
        Assert.True(KeysetCursor.TryDecode(value, out var score, CursorKey.Integer));
        Assert.Equal(key, score!.Value.Key);
    }

    [Fact]
    public void Given_score_cursors_Then_only_finite_scores_are_taken_and_read_back()
    {
        var id = Guid.CreateVersion7();

        Assert.True(KeysetCursor.TryDecode(KeysetCursor.From(-1e300, id).Encode(), out var cursor, CursorKey.Score));
        Assert.Equal(-1e300, cursor!.Value.Score);
        Assert.False(KeysetCursor.TryDecode(KeysetCursor.From(double.NaN, id).Encode(), out _, CursorKey.Score));
        Assert.False(KeysetCursor.TryDecode(KeysetCursor.From(double.PositiveInfinity, id).Encode(), out _, CursorKey.Score));
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("MTIz")]
    public void Given_text_that_is_no_cursor_Then_it_is_refused(string value) =>
        Assert.False(KeysetCursor.TryDecode(value, out _));
}
