using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Content.Domain;

namespace UserOps.Community.Content.Feeds;

/// <summary>
/// The home feed's pages after a cursor on PostgreSQL: one statement whose text is the same whatever the member's
/// groups, a LATERAL top-N per group over an array of group ids (ADR 0054). <see cref="HomeFeed.Posts"/> writes one
/// UNION ALL branch per group instead, so each request built and hashed a LINQ tree, and Npgsql parsed SQL, that grew
/// with the groups. Same rows and order: live posts of the groups, "created_at &lt;= at AND (created_at &lt; at OR id
/// &lt; i)", newest first. Written in SQL because EF Core turns a correlated SelectMany + Take into ROW_NUMBER over
/// every group's posts (seconds on a million posts), and its FromSql misnames the complex reaction columns.
/// </summary>
internal static class HomePageQueries
{
    /// <summary>Whether <see cref="AfterAsync"/> runs on this context's database.</summary>
    public static bool Supported(CommunityDbContext db) => db.Database.IsNpgsql();

    /// <summary>Up to <paramref name="count"/> live posts of the groups after <paramref name="cursor"/>, newest first.</summary>
    public static async Task<IReadOnlyList<FeedRow>> AfterAsync(
        CommunityDbContext db, IReadOnlyList<Guid> groupIds, KeysetCursor cursor, int count, CancellationToken cancellationToken)
    {
        var groups = groupIds.Take(HomeFeed.MaxGroups).ToArray();
        var (at, id) = (cursor.At, cursor.Id);
        // Each group's branch seeks its (group_id, created_at, id) index to the cursor and stops after count rows.
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT p.id, p.group_id, p.author_id, p.title, p.excerpt, p.tags, p.created_at, p.edited_at, p.removed_at,
                p.is_pinned, p.is_locked, p.comment_count, p.like_count, p.love_count, p.insightful_count, p.funny_count,
                p.celebrate_count, p.hot_score, p.top_score, p.is_in_public_group
            FROM unnest({groups}) AS g(id)
            CROSS JOIN LATERAL (
                SELECT q.* FROM content.posts AS q
                WHERE q.group_id = g.id AND q.removed_at IS NULL AND q.created_at <= {at} AND (q.created_at < {at} OR q.id < {id})
                ORDER BY q.created_at DESC, q.id DESC
                LIMIT {count}) AS p
            ORDER BY p.created_at DESC, p.id DESC
            LIMIT {count}
            """).ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToFeedRow())];
    }

    /// <summary>The columns as read; the reaction counts are flat here and nested in <see cref="FeedRow"/>.</summary>
    private sealed class Row
    {
        public Guid Id { get; init; }

        public Guid GroupId { get; init; }

        public Guid AuthorId { get; init; }

        public required string Title { get; init; }

        public required string Excerpt { get; init; }

        public required List<string> Tags { get; init; }

        public DateTime CreatedAt { get; init; }

        public DateTime? EditedAt { get; init; }

        public DateTime? RemovedAt { get; init; }

        public bool IsPinned { get; init; }

        public bool IsLocked { get; init; }

        public int CommentCount { get; init; }

        public int LikeCount { get; init; }

        public int LoveCount { get; init; }

        public int InsightfulCount { get; init; }

        public int FunnyCount { get; init; }

        public int CelebrateCount { get; init; }

        public double HotScore { get; init; }

        public int TopScore { get; init; }

        public bool IsInPublicGroup { get; init; }

        public FeedRow ToFeedRow() => new(
            Id, GroupId, AuthorId, Title, Excerpt, Tags, CreatedAt, EditedAt, RemovedAt, IsPinned, IsLocked, CommentCount,
            new ReactionCounts { Like = LikeCount, Love = LoveCount, Insightful = InsightfulCount, Funny = FunnyCount, Celebrate = CelebrateCount },
            HotScore, TopScore, IsInPublicGroup);
    }
}
