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

internal sealed record GroupFeedResponse(IReadOnlyList<PostSummary> Pinned, IReadOnlyList<PostSummary> Items, string? NextCursor);

internal static class GroupFeedEndpoint
{
    private const int MaxPinned = 10;

    public static void MapGroupFeed(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/groups/{groupId:guid}/posts", HandleAsync)
            .AllowAnonymous()
            .WithTags("Feeds")
            .WithName("GroupFeed")
            .WithSummary("A group's posts: pinned first (on the first page), then sort=new|hot|top with a cursor.");

    private static async Task<Results<Ok<GroupFeedResponse>, ProblemHttpResult>> HandleAsync(
        Guid groupId, string? sort, string? cursor, int? limit, ClaimsPrincipal principal,
        IGroupAccessQuery groups, CommunityDbContext db, PostViews views, CancellationToken cancellationToken)
    {
        if (ParseSort(sort) is not { } order)
        {
            return ApiProblems.BadRequest("invalid_sort", "sort must be new, hot or top.");
        }

        if (!KeysetCursor.TryDecode(cursor, out var after))
        {
            return Paging.InvalidCursor();
        }

        var viewer = principal.ToViewer();
        if (await groups.GetAsync(groupId, viewer, cancellationToken) is not { CanView: true })
        {
            return ContentProblems.GroupNotFound();
        }

        var live = db.Set<Post>().Where(p => p.GroupId == groupId && p.RemovedAt == null);
        IReadOnlyList<PostSummary> pinned = [];
        if (after is null)
        {
            var pinnedPosts = await live.AsNoTracking().Where(p => p.IsPinned).OrderByDescending(p => p.CreatedAt).Take(MaxPinned).ToListAsync(cancellationToken);
            pinned = await views.SummariesAsync(pinnedPosts, viewer, cancellationToken);
        }

        var page = await FeedQuery.PageAsync(live.Where(p => !p.IsPinned), order, after, limit, viewer, views, cancellationToken);
        return TypedResults.Ok(new GroupFeedResponse(pinned, page.Items, page.NextCursor));
    }

    public static FeedSort? ParseSort(string? sort) => (sort ?? "new").ToLowerInvariant() switch
    {
        "new" => FeedSort.New,
        "hot" => FeedSort.Hot,
        "top" => FeedSort.Top,
        _ => null,
    };
}
