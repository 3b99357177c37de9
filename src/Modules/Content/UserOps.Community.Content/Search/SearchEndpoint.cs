using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Content.Domain;
using UserOps.Community.Content.Feeds;
using UserOps.Community.Content.Posts;
using UserOps.Community.Content.Rendering;
using UserOps.Community.Groups.Contracts;

namespace UserOps.Community.Content.Search;

internal sealed record SearchResult(PostSummary Post, string Snippet, double Rank);

internal sealed record SearchResponse(IReadOnlyList<SearchResult> Items, int Page, bool HasMore);

internal static class SearchEndpoint
{
    private const int MaxPage = 10;

    public static void MapSearch(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/search", HandleAsync)
            .AllowAnonymous()
            .WithTags("Search")
            .WithName("SearchPosts")
            .WithSummary("Full-text search over the titles, tags and bodies of posts I may see, best match first, with a highlighted snippet.");

    private static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> HandleAsync(
        string? q, int? page, int? limit, ClaimsPrincipal principal, IGroupReadAccess groups, PostSearch search,
        CommunityDbContext db, PostViews views, MarkdownRenderer renderer, CancellationToken cancellationToken)
    {
        var tokens = SearchText.Tokens(q ?? string.Empty);
        if (tokens.Count == 0)
        {
            return ApiProblems.BadRequest("query_required", "Give a search query in q.");
        }

        var pageNumber = Math.Clamp(page ?? 1, 1, MaxPage);
        var take = Math.Clamp(limit ?? 20, 1, 50);
        var viewer = principal.ToViewer();
        IReadOnlyList<Guid> mine = viewer.UserId is { } userId ? await groups.MemberGroupIdsAsync(userId, cancellationToken) : [];
        var hits = await search.FindAsync(tokens, mine, viewer.IsSiteModerator, (pageNumber - 1) * take, take + 1, cancellationToken);

        var pageHits = hits.Take(take).ToList();
        var ids = pageHits.Select(h => h.PostId).ToList();
        var posts = await db.Set<Post>().AsNoTracking().Where(p => ids.Contains(p.Id) && p.RemovedAt == null).ToListAsync(cancellationToken);
        var ordered = pageHits.Select(h => posts.FirstOrDefault(p => p.Id == h.PostId)).OfType<Post>().ToList();
        var summaries = await views.SummariesAsync([.. ordered.Select(FeedRow.Of)], viewer, cancellationToken);
        var ranks = pageHits.ToDictionary(h => h.PostId, h => h.Rank);
        var items = ordered.Select((post, i) => new SearchResult(
            summaries[i],
            Snippets.Highlight(renderer.ToPlainText(post.Body), q!),
            ranks[post.Id])).ToList();
        // Pages past MaxPage come back as MaxPage, so the last page served must not promise another.
        return TypedResults.Ok(new SearchResponse(items, pageNumber, hits.Count > take && pageNumber < MaxPage));
    }
}
