using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Content.Domain;

namespace UserOps.Community.Content.Feeds;

/// <summary>
/// Posts from my groups, newest first, as one query of per-group top-N index range scans on
/// (group_id, created_at, id) merged by the database: bounded whatever the size or activity of the groups.
/// A plain "group_id IN (...) ORDER BY created_at" walks the global time index instead and, for a member of
/// quiet groups, most of the table (measured in bench/README.md). The first page merges each group's cached
/// newest posts in memory instead, reading only the groups whose pages are not cached (ADR 0043).
/// </summary>
internal static class HomeFeed
{
    /// <summary>Beyond this many groups the feed follows the most recently joined ones.</summary>
    public const int MaxGroups = 100;

    private const string NewestPage = "newest";

    /// <summary>The feed as LINQ: first-page misses everywhere, cursor pages where <see cref="HomePageQueries"/> does not run.</summary>
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

    /// <summary>The first <paramref name="count"/> rows of the feed, from each group's cached newest posts.</summary>
    public static async Task<IReadOnlyList<FeedRow>> FirstRowsAsync(
        CommunityDbContext db, FeedCache cache, IReadOnlyList<Guid> groupIds, int count, CancellationToken cancellationToken)
    {
        var rows = new List<FeedRow>();
        var missing = new List<(Guid GroupId, long Generation)>();
        foreach (var groupId in groupIds.Take(MaxGroups))
        {
            if (cache.TryGet(groupId, NewestPage, out var cached, out var generation))
            {
                rows.AddRange(cached!.Take(count));
            }
            else
            {
                missing.Add((groupId, generation));
            }
        }

        if (missing.Count > 0)
        {
            var loaded = await Posts(db, [.. missing.Select(m => m.GroupId)], null, FeedCache.FirstPageSize).AsNoTracking()
                .Select(FeedRow.FromPost).ToListAsync(cancellationToken);
            var byGroup = loaded.ToLookup(r => r.GroupId);
            foreach (var (groupId, generation) in missing)
            {
                IReadOnlyList<FeedRow> newest = [.. byGroup[groupId].OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)];
                cache.Set(groupId, NewestPage, generation, newest);
                rows.AddRange(newest.Take(count));
            }
        }

        // Guid order here is the uuid/text order PostgreSQL and SQLite use for the cursor's tie-break.
        return [.. rows.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(count)];
    }
}
