using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Content.Domain;
using UserOps.Community.Content.Posts;
using UserOps.Community.Groups.Contracts;

namespace UserOps.Community.Content.Feeds;

internal static class OtherFeedsEndpoints
{
    public static void MapOtherFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/feed", HomeAsync).RequireAuthorization().WithTags("Feeds").WithName("HomeFeed")
            .WithSummary("Posts from my groups, newest first.");
        endpoints.MapGet("/api/tags/{tag}/posts", TagAsync).AllowAnonymous().WithTags("Feeds").WithName("TagFeed")
            .WithSummary("Posts with a tag that I may see, newest first.");
        endpoints.MapGet("/api/users/{userId:guid}/posts", UserAsync).AllowAnonymous().WithTags("Feeds").WithName("UserPosts")
            .WithSummary("A member's posts that I may see, newest first.");
    }

    private static async Task<Results<GeneratedJsonOk<CursorPage<PostSummary>>, ProblemHttpResult>> HomeAsync(
        string? cursor, int? limit, ClaimsPrincipal principal, IGroupReadAccess groups, CommunityDbContext db, FeedCache cache, PostViews views, CancellationToken cancellationToken)
    {
        if (!KeysetCursor.TryDecode(cursor, out var after))
        {
            return Paging.InvalidCursor();
        }

        var viewer = principal.ToViewer();
        var mine = await groups.MemberGroupIdsAsync(viewer.UserId!.Value, cancellationToken);
        var take = Paging.Clamp(limit);
        if (after is { } position && HomePageQueries.Supported(db))
        {
            var pastCursor = await HomePageQueries.AfterAsync(db, mine, position, take + 1, cancellationToken);
            return FeedJson.Ok(await FeedQuery.PageOfAsync(pastCursor, take, FeedSort.New, viewer, views, cancellationToken));
        }

        if (after is not null || !cache.Enabled || take > FeedCache.FirstPageSize)
        {
            return FeedJson.Ok(await FeedQuery.PageAsync(HomeFeed.Posts(db, mine, after, limit), FeedSort.New, after, limit, viewer, views, cancellationToken));
        }

        var rows = await HomeFeed.FirstRowsAsync(db, cache, mine, take + 1, cancellationToken);
        return FeedJson.Ok(await FeedQuery.PageOfAsync(rows, take, FeedSort.New, viewer, views, cancellationToken));
    }

    private static async Task<Results<GeneratedJsonOk<CursorPage<PostSummary>>, ProblemHttpResult>> TagAsync(
        string tag, string? cursor, int? limit, ClaimsPrincipal principal, IGroupReadAccess groups, CommunityDbContext db, TagFeedCache cache, PostViews views,
        CancellationToken cancellationToken)
    {
        if (!KeysetCursor.TryDecode(cursor, out var after))
        {
            return Paging.InvalidCursor();
        }

        var viewer = principal.ToViewer();
        var mine = await MyGroupsAsync(groups, viewer, cancellationToken);
        var wanted = tag.Trim().TrimStart('#').ToLowerInvariant();
        if (after is null)
        {
            var member = mine.ToHashSet();
            var cached = await TagFeed.CachedFirstPageAsync(
                db, cache, wanted, row => viewer.IsSiteModerator || row.IsInPublicGroup || member.Contains(row.GroupId), limit, viewer, views, cancellationToken);
            if (cached is not null)
            {
                return FeedJson.Ok(cached);
            }
        }

        return FeedJson.Ok(await TagFeed.PageAsync(db, VisiblePosts(db, viewer, mine), wanted, after, limit, viewer, views, cancellationToken));
    }

    private static async Task<Results<GeneratedJsonOk<CursorPage<PostSummary>>, ProblemHttpResult>> UserAsync(
        Guid userId, string? cursor, int? limit, ClaimsPrincipal principal, IGroupReadAccess groups, CommunityDbContext db, PostViews views, CancellationToken cancellationToken)
    {
        if (!KeysetCursor.TryDecode(cursor, out var after))
        {
            return Paging.InvalidCursor();
        }

        var viewer = principal.ToViewer();
        var visible = await VisiblePostsAsync(db, groups, viewer, cancellationToken);
        return FeedJson.Ok(await FeedQuery.PageAsync(visible.Where(p => p.AuthorId == userId), FeedSort.New, after, limit, viewer, views, cancellationToken));
    }

    /// <summary>Live posts in public groups, in my groups, or anywhere for site moderators.</summary>
    public static async Task<IQueryable<Post>> VisiblePostsAsync(CommunityDbContext db, IGroupReadAccess groups, Viewer viewer, CancellationToken cancellationToken) =>
        VisiblePosts(db, viewer, await MyGroupsAsync(groups, viewer, cancellationToken));

    private static IQueryable<Post> VisiblePosts(CommunityDbContext db, Viewer viewer, IReadOnlyList<Guid> mine)
    {
        var live = db.Set<Post>().Where(p => p.RemovedAt == null);
        return viewer.IsSiteModerator ? live : live.Where(p => p.IsInPublicGroup || mine.Contains(p.GroupId));
    }

    // Site moderators see every group, so theirs are not needed.
    private static async Task<IReadOnlyList<Guid>> MyGroupsAsync(IGroupReadAccess groups, Viewer viewer, CancellationToken cancellationToken) =>
        viewer.UserId is { } userId && !viewer.IsSiteModerator ? await groups.MemberGroupIdsAsync(userId, cancellationToken) : [];
}
