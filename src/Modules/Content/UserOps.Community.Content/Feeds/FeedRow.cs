using System.Linq.Expressions;
using UserOps.Community.Content.Domain;
using UserOps.Community.Content.Persistence;

namespace UserOps.Community.Content.Feeds;

/// <summary>What a feed shows of a post: everything but the body, so pages read and cache a few hundred bytes a post, not up to 40 KB.</summary>
internal sealed record FeedRow(
    Guid Id,
    Guid GroupId,
    Guid AuthorId,
    string Title,
    string Excerpt,
    List<string> Tags,
    DateTime CreatedAt,
    DateTime? EditedAt,
    DateTime? RemovedAt,
    bool IsPinned,
    bool IsLocked,
    int CommentCount,
    ReactionCounts Reactions,
    double HotScore,
    int TopScore,
    bool IsInPublicGroup)
{
    public static readonly Expression<Func<Post, FeedRow>> FromPost = ReactionColumns.Read((Post p) => new FeedRow(
        p.Id, p.GroupId, p.AuthorId, p.Title, p.Excerpt, p.Tags, p.CreatedAt, p.EditedAt, p.RemovedAt,
        p.IsPinned, p.IsLocked, p.CommentCount, p.Reactions, p.HotScore, p.TopScore, p.IsInPublicGroup));

    private static readonly Func<Post, FeedRow> FromLoadedPost = FromPost.Compile();

    public bool IsRemoved => RemovedAt is not null;

    public static FeedRow Of(Post post) => FromLoadedPost(post);
}
