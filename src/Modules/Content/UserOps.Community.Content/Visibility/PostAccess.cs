using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Content.Domain;
using UserOps.Community.Groups.Contracts;

namespace UserOps.Community.Content.Visibility;

internal sealed record VisiblePost(Post Post, GroupAccess Access);

internal sealed record VisibleComment(Comment Comment, Post Post, GroupAccess Access);

/// <summary>Loads content only when the viewer may see its group: a private group's content is 404 to outsiders.</summary>
internal sealed class PostAccess(CommunityDbContext db, IGroupAccessQuery groups)
{
    public async Task<VisiblePost?> FindPostAsync(Guid postId, Viewer viewer, CancellationToken cancellationToken)
    {
        var post = await db.Set<Post>().FirstOrDefaultAsync(p => p.Id == postId, cancellationToken);
        if (post is null)
        {
            return null;
        }

        var access = await groups.GetAsync(post.GroupId, viewer, cancellationToken);
        return access is { CanView: true } ? new VisiblePost(post, access) : null;
    }

    public async Task<VisibleComment?> FindCommentAsync(Guid commentId, Viewer viewer, CancellationToken cancellationToken)
    {
        var comment = await db.Set<Comment>().FirstOrDefaultAsync(c => c.Id == commentId, cancellationToken);
        if (comment is null || await FindPostAsync(comment.PostId, viewer, cancellationToken) is not { } visible)
        {
            return null;
        }

        return new VisibleComment(comment, visible.Post, visible.Access);
    }
}
