using System.Data.Common;
using UserOps.Community.Content.Domain;

namespace UserOps.Community.Content.Feeds;

/// <summary>A <see cref="FeedRow"/> as SQL reads it on PostgreSQL, for the feed queries written by hand: the columns, aliased p, and their reader.</summary>
internal static class FeedColumns
{
    public const string Sql = """
        p.id, p.group_id, p.author_id, p.title, p.excerpt, p.tags, p.created_at, p.edited_at, p.removed_at,
            p.is_pinned, p.is_locked, p.comment_count, p.like_count, p.love_count, p.insightful_count, p.funny_count,
            p.celebrate_count, p.hot_score, p.top_score, p.is_in_public_group
        """;

    /// <summary>The current row, whose columns are <see cref="Sql"/> in order.</summary>
    public static FeedRow Read(DbDataReader row) => new(
        row.GetGuid(0), row.GetGuid(1), row.GetGuid(2), row.GetString(3), row.GetString(4), row.GetFieldValue<List<string>>(5),
        row.GetFieldValue<DateTime>(6), NullableTime(row, 7), NullableTime(row, 8), row.GetBoolean(9), row.GetBoolean(10), row.GetInt32(11),
        new ReactionCounts { Like = row.GetInt32(12), Love = row.GetInt32(13), Insightful = row.GetInt32(14), Funny = row.GetInt32(15), Celebrate = row.GetInt32(16) },
        row.GetDouble(17), row.GetInt32(18), row.GetBoolean(19));

    private static DateTime? NullableTime(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetFieldValue<DateTime>(ordinal);
}
