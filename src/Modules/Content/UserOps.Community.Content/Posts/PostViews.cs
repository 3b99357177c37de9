using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Content.Domain;
using UserOps.Community.Content.Feeds;
using UserOps.Community.Content.Reactions;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Content.Posts;

internal sealed record AuthorView(Guid Id, string DisplayName, string? AvatarUrl);

internal sealed record PostSummary(
    Guid Id,
    Guid GroupId,
    AuthorView Author,
    string Title,
    string Excerpt,
    IReadOnlyList<string> Tags,
    DateTime CreatedAt,
    DateTime? EditedAt,
    bool IsPinned,
    bool IsLocked,
    bool Removed,
    int CommentCount,
    IReadOnlyDictionary<string, int> Reactions,
    IReadOnlyList<string> MyReactions);

internal sealed record PostResponse(
    Guid Id,
    Guid GroupId,
    AuthorView Author,
    string Title,
    string Body,
    string BodyHtml,
    IReadOnlyList<string> Tags,
    DateTime CreatedAt,
    DateTime? EditedAt,
    bool IsPinned,
    bool IsLocked,
    bool Removed,
    string? RemovalReason,
    int CommentCount,
    IReadOnlyDictionary<string, int> Reactions,
    IReadOnlyList<string> MyReactions,
    bool CanEdit,
    bool CanModerate);

/// <summary>Builds what lists and pages show: author summaries and the viewer's own post reactions, both mostly cached: at most two queries per page.</summary>
internal sealed class PostViews(CommunityDbContext db, IUserDirectory users, AuthorCache authorCache, MyReactionCache myReactions)
{
    private static readonly AuthorView Unknown = new(Guid.Empty, "?", null);

    public async Task<IReadOnlyList<PostSummary>> SummariesAsync(IReadOnlyList<FeedRow> posts, Viewer viewer, CancellationToken cancellationToken)
    {
        var authors = await authorCache.GetManyAsync([.. posts.Select(p => p.AuthorId).Distinct()], users, cancellationToken);
        var mine = await MyReactionsAsync(ContentKind.Post, [.. posts.Select(p => p.Id)], viewer, cancellationToken);
        return [.. posts.Select(p => new PostSummary(
            p.Id,
            p.GroupId,
            Author(authors, p.AuthorId),
            p.IsRemoved ? string.Empty : p.Title,
            p.IsRemoved ? string.Empty : p.Excerpt,
            p.Tags,
            p.CreatedAt,
            p.EditedAt,
            p.IsPinned,
            p.IsLocked,
            p.IsRemoved,
            p.CommentCount,
            p.Reactions.ToDictionary(),
            mine.TryGetValue(p.Id, out var kinds) ? kinds : []))];
    }

    public async Task<PostResponse> DetailAsync(Post post, Viewer viewer, bool canModerate, CancellationToken cancellationToken) =>
        Detail(post, await AuthorAsync(post, cancellationToken), await MyReactionsAsync(ContentKind.Post, [post.Id], viewer, cancellationToken), viewer, canModerate);

    /// <summary>A post its author has just published: nobody can have reacted to it yet.</summary>
    public async Task<PostResponse> PublishedAsync(Post post, Viewer viewer, bool canModerate, CancellationToken cancellationToken) =>
        Detail(post, await AuthorAsync(post, cancellationToken), [], viewer, canModerate);

    private async Task<UserSummary?> AuthorAsync(Post post, CancellationToken cancellationToken) =>
        (await authorCache.GetManyAsync([post.AuthorId], users, cancellationToken)).GetValueOrDefault(post.AuthorId);

    private static PostResponse Detail(Post post, UserSummary? author, Dictionary<Guid, IReadOnlyList<string>> mine, Viewer viewer, bool canModerate)
    {
        var removed = post.IsRemoved;
        return new PostResponse(
            post.Id,
            post.GroupId,
            author is null ? Unknown : new AuthorView(author.Id, author.DisplayName, author.AvatarUrl),
            removed ? string.Empty : post.Title,
            removed ? string.Empty : post.Body,
            removed ? string.Empty : post.BodyHtml,
            post.Tags,
            post.CreatedAt,
            post.EditedAt,
            post.IsPinned,
            post.IsLocked,
            removed,
            post.RemovalReason,
            post.CommentCount,
            post.Reactions.ToDictionary(),
            mine.TryGetValue(post.Id, out var kinds) ? kinds : [],
            !removed && viewer.UserId == post.AuthorId,
            canModerate);
    }

    public async Task<Dictionary<Guid, IReadOnlyList<string>>> MyReactionsAsync(
        ContentKind kind, IReadOnlyList<Guid> targetIds, Viewer viewer, CancellationToken cancellationToken)
    {
        if (viewer.UserId is not { } userId || targetIds.Count == 0)
        {
            return [];
        }

        return kind == ContentKind.Post
            ? await myReactions.GetAsync(userId, targetIds, missing => LoadMyReactionsAsync(kind, missing, userId, cancellationToken))
            : await LoadMyReactionsAsync(kind, targetIds, userId, cancellationToken);
    }

    private async Task<Dictionary<Guid, IReadOnlyList<string>>> LoadMyReactionsAsync(
        ContentKind kind, IReadOnlyList<Guid> targetIds, Guid userId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Reaction>().AsNoTracking()
            .Where(r => r.TargetKind == kind && r.UserId == userId && targetIds.Contains(r.TargetId))
            .Select(r => new { r.TargetId, r.Kind })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.TargetId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(r => r.Kind).Order(StringComparer.Ordinal)]);
    }

    public static AuthorView Author(IReadOnlyDictionary<Guid, UserSummary> authors, Guid id) =>
        authors.TryGetValue(id, out var author) ? new AuthorView(author.Id, author.DisplayName, author.AvatarUrl) : Unknown;
}
