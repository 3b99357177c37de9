using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Content.Domain;
using UserOps.Community.Content.Posts;
using UserOps.Community.Groups.Contracts;

namespace UserOps.Community.Content.Feeds;

internal sealed record GroupFeedResponse(IReadOnlyList<PostSummary> Pinned, IReadOnlyList<PostSummary> Items, string? NextCursor);

internal static class GroupFeedEndpoint
{
    private const int MaxPinned = 10;
    private const string PinnedPage = "pinned";

    public static void MapGroupFeed(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/groups/{groupId:guid}/posts", HandleAsync)
            .AllowAnonymous()
            .WithTags("Feeds")
            .WithName("GroupFeed")
            .WithSummary("A group's posts: pinned first (on the first page), then sort=new|hot|top with a cursor.");

    private static async Task<Results<GeneratedJsonOk<GroupFeedResponse>, ProblemHttpResult>> HandleAsync(
        Guid groupId, string? sort, string? cursor, int? limit, ClaimsPrincipal principal,
        IGroupReadAccess groups, CommunityDbContext db, FeedCache cache, PostViews views, CancellationToken cancellationToken)
    {
        if (ParseSort(sort) is not { } order)
        {
            return ApiProblems.BadRequest("invalid_sort", "sort must be new, hot or top.");
        }

        if (!KeysetCursor.TryDecode(cursor, out var after, FeedQuery.CursorKeyOf(order)))
        {
            return Paging.InvalidCursor();
        }

        var viewer = principal.ToViewer();
        if (!await groups.CanViewAsync(groupId, viewer, cancellationToken))
        {
            return ContentProblems.GroupNotFound();
        }

        // Built only when a query runs: touching the DbContext sets up its services, which a cached page never needs.
        IQueryable<Post> Live() => db.Set<Post>().Where(p => p.GroupId == groupId && p.RemovedAt == null);
        var take = Paging.Clamp(limit);
        if (after is { } position)
        {
            var pastCursor = await GroupPageQueries.AfterAsync(db, groupId, order, position, take + 1, cancellationToken);
            var next = await FeedQuery.PageOfAsync(pastCursor, take, order, viewer, views, cancellationToken);
            return FeedJson.Ok(new GroupFeedResponse([], next.Items, next.NextCursor));
        }

        if (take > FeedCache.FirstPageSize)
        {
            var first = await FeedQuery.PageAsync(Live().Where(p => !p.IsPinned), order, cursor: null, limit, viewer, views, cancellationToken);
            var pinnedNow = await FeedQuery.FirstRowsAsync(Live().Where(p => p.IsPinned), FeedSort.New, MaxPinned, cancellationToken);
            return FeedJson.Ok(new GroupFeedResponse(await views.SummariesAsync(pinnedNow, viewer, cancellationToken), first.Items, first.NextCursor));
        }

        // The first page is the same for every viewer but their own reactions, so it comes from the cache.
        var count = cache.Enabled ? FeedCache.FirstPageSize + 1 : take + 1;
        var pinned = await cache.GetOrLoadAsync(groupId, PinnedPage, ct => FeedQuery.FirstRowsAsync(Live().Where(p => p.IsPinned), FeedSort.New, MaxPinned, ct), cancellationToken);
        var rows = await cache.GetOrLoadAsync(groupId, order.ToString(), ct => FeedQuery.FirstRowsAsync(Live().Where(p => !p.IsPinned), order, count, ct), cancellationToken);
        var page = rows.Take(take).ToList();
        var summaries = await views.SummariesAsync([.. pinned, .. page], viewer, cancellationToken);
        var nextCursor = rows.Count > take ? FeedQuery.CursorAfter(page[^1], order) : null;
        return FeedJson.Ok(new GroupFeedResponse([.. summaries.Take(pinned.Count)], [.. summaries.Skip(pinned.Count)], nextCursor));
    }

    public static FeedSort? ParseSort(string? sort) => (sort ?? "new").ToLowerInvariant() switch
    {
        "new" => FeedSort.New,
        "hot" => FeedSort.Hot,
        "top" => FeedSort.Top,
        _ => null,
    };
}
