using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Content.Domain;

namespace UserOps.Community.Content.Feeds;

/// <summary>
/// Posts from my groups, newest first, as one query of per-group top-N index range scans on
/// (group_id, created_at, id) merged by the database: bounded whatever the size or activity of the groups.
/// A plain "group_id IN (...) ORDER BY created_at" walks the global time index instead and, for a member of
/// quiet groups, most of the table (measured in bench/README.md).
/// </summary>
internal static class HomeFeed
{
    /// <summary>Beyond this many groups the feed follows the most recently joined ones.</summary>
    public const int MaxGroups = 100;

    public static IQueryable<Post> Posts(CommunityDbContext db, IReadOnlyList<Guid> groupIds, KeysetCursor? after, int? limit)
    {
        var take = Paging.Clamp(limit) + 1;
        IQueryable<Post>? merged = null;
        foreach (var groupId in groupIds.Take(MaxGroups))
        {
            var newest = db.Set<Post>()
                .Where(p => p.GroupId == groupId && p.RemovedAt == null)
                .After(FeedSort.New, after)
                .Ordered(FeedSort.New)
                .Take(take);
            merged = merged is null ? newest : merged.Concat(newest);
        }

        return merged ?? db.Set<Post>().Where(_ => false);
    }
}
