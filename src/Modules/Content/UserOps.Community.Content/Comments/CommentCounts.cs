using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Content.Domain;

namespace UserOps.Community.Content.Comments;

/// <summary>Counts change in SQL (never read-modify-write) so concurrent comments are all counted.</summary>
internal static class CommentCounts
{
    public static async Task AdjustAsync(CommunityDbContext db, Guid postId, Guid? parentId, int delta, CancellationToken cancellationToken)
    {
        await db.Set<Post>().Where(p => p.Id == postId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.CommentCount, p => p.CommentCount + delta).SetProperty(p => p.TopScore, p => p.TopScore + delta), cancellationToken);
        if (parentId is { } parent)
        {
            await db.Set<Comment>().Where(c => c.Id == parent)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ReplyCount, c => c.ReplyCount + delta), cancellationToken);
        }
    }
}
