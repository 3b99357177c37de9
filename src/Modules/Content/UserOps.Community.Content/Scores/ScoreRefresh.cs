using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Content.Domain;
using UserOps.Community.Content.Feeds;
using UserOps.Community.Content.Persistence;

namespace UserOps.Community.Content.Scores;

/// <summary>
/// Recomputes the hot scores of the posts a delivery marked, once each: one read of their counts and one keyed
/// update, instead of a read and an update per reaction or comment. Their groups' cached feed pages are dropped after commit.
/// </summary>
internal sealed class ScoreRefresh(CommunityDbContext db, FeedCache feeds, AfterCommitActions afterCommit) : IDeliveryCommitStep
{
    private readonly Dictionary<Guid, Guid> _groupOfPost = [];

    public void Add(Guid postId, Guid groupId) => _groupOfPost[postId] = groupId;

    public async Task BeforeCommitAsync(CancellationToken cancellationToken)
    {
        if (_groupOfPost.Count == 0)
        {
            return;
        }

        var postIds = _groupOfPost.Keys.ToList();
        var groups = _groupOfPost.Values.Distinct().ToList();
        _groupOfPost.Clear();
        var counts = await db.Set<Post>().AsNoTracking().Where(p => postIds.Contains(p.Id))
            .Select(ReactionColumns.Read((Post p) => new { p.Id, p.CreatedAt, p.Reactions, p.CommentCount }))
            .ToListAsync(cancellationToken);
        var scores = counts.Select(c => KeyValuePair.Create(c.Id, HotScore.For(c.CreatedAt, c.Reactions.Total, c.CommentCount)));
        await db.SetByKeyAsync<Post, Guid, double>(nameof(Post.Id), nameof(Post.HotScore), scores, add: false, cancellationToken);
        afterCommit.Add(() =>
        {
            foreach (var groupId in groups)
            {
                feeds.Changed(groupId);
            }
        });
    }
}
