using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Content.Domain;

namespace UserOps.Community.Content.Reactions;

/// <summary>Adds delta to one kind's denormalised count with a SQL increment, so concurrent reactions never lose one.</summary>
internal static class ReactionCounter
{
    public static Task<int> AdjustAsync(CommunityDbContext db, ContentKind target, Guid id, string kind, int delta, CancellationToken ct) =>
        target == ContentKind.Post ? AdjustPostAsync(db.Set<Post>().Where(p => p.Id == id), kind, delta, ct) : AdjustCommentAsync(db.Set<Comment>().Where(c => c.Id == id), kind, delta, ct);

    private static Task<int> AdjustPostAsync(IQueryable<Post> post, string kind, int delta, CancellationToken ct) => kind switch
    {
        ReactionKinds.Like => post.ExecuteUpdateAsync(s => s.SetProperty(p => p.Reactions.Like, p => p.Reactions.Like + delta).SetProperty(p => p.TopScore, p => p.TopScore + delta), ct),
        ReactionKinds.Love => post.ExecuteUpdateAsync(s => s.SetProperty(p => p.Reactions.Love, p => p.Reactions.Love + delta).SetProperty(p => p.TopScore, p => p.TopScore + delta), ct),
        ReactionKinds.Insightful => post.ExecuteUpdateAsync(s => s.SetProperty(p => p.Reactions.Insightful, p => p.Reactions.Insightful + delta).SetProperty(p => p.TopScore, p => p.TopScore + delta), ct),
        ReactionKinds.Funny => post.ExecuteUpdateAsync(s => s.SetProperty(p => p.Reactions.Funny, p => p.Reactions.Funny + delta).SetProperty(p => p.TopScore, p => p.TopScore + delta), ct),
        _ => post.ExecuteUpdateAsync(s => s.SetProperty(p => p.Reactions.Celebrate, p => p.Reactions.Celebrate + delta).SetProperty(p => p.TopScore, p => p.TopScore + delta), ct),
    };

    private static Task<int> AdjustCommentAsync(IQueryable<Comment> comment, string kind, int delta, CancellationToken ct) => kind switch
    {
        ReactionKinds.Like => comment.ExecuteUpdateAsync(s => s.SetProperty(c => c.Reactions.Like, c => c.Reactions.Like + delta), ct),
        ReactionKinds.Love => comment.ExecuteUpdateAsync(s => s.SetProperty(c => c.Reactions.Love, c => c.Reactions.Love + delta), ct),
        ReactionKinds.Insightful => comment.ExecuteUpdateAsync(s => s.SetProperty(c => c.Reactions.Insightful, c => c.Reactions.Insightful + delta), ct),
        ReactionKinds.Funny => comment.ExecuteUpdateAsync(s => s.SetProperty(c => c.Reactions.Funny, c => c.Reactions.Funny + delta), ct),
        _ => comment.ExecuteUpdateAsync(s => s.SetProperty(c => c.Reactions.Celebrate, c => c.Reactions.Celebrate + delta), ct),
    };
}
