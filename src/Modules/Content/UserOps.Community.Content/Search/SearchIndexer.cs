using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Content.Domain;

namespace UserOps.Community.Content.Search;

/// <summary>Keeps a post's search document in step with the post, in the same unit of work.</summary>
internal static class SearchIndexer
{
    public static void Index(CommunityDbContext db, Post post) =>
        db.Add(new PostSearchDocument
        {
            PostId = post.Id,
            GroupId = post.GroupId,
            IsInPublicGroup = post.IsInPublicGroup,
            CreatedAt = post.CreatedAt,
            Document = DocumentFor(post),
        });

    public static async Task ReindexAsync(CommunityDbContext db, Post post, CancellationToken cancellationToken)
    {
        var document = await db.Set<PostSearchDocument>().FirstOrDefaultAsync(d => d.PostId == post.Id, cancellationToken);
        if (document is null)
        {
            Index(db, post);
        }
        else
        {
            document.Document = DocumentFor(post);
        }
    }

    public static Task RemoveAsync(CommunityDbContext db, Guid postId, CancellationToken cancellationToken) =>
        db.Set<PostSearchDocument>().Where(d => d.PostId == postId).ExecuteDeleteAsync(cancellationToken);

    private static string DocumentFor(Post post) =>
        SearchText.Normalize($"{post.Title}\n{string.Join(' ', post.Tags)}\n{post.Body}");
}
