using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Content.Domain;
using UserOps.Community.Content.Rendering;
using UserOps.Community.Content.Scores;
using UserOps.Community.Content.Search;

namespace UserOps.Community.Content.Posts;

/// <summary>Everything a new post writes in one unit of work: the post, its tag rows, its search document and PostPublished.</summary>
internal sealed class PostPublisher(CommunityDbContext db, MarkdownRenderer renderer, TimeProvider timeProvider)
{
    public Post Publish(Guid groupId, bool isPublicGroup, Guid authorId, string title, string body, IEnumerable<string>? tags)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var post = new Post
        {
            GroupId = groupId,
            AuthorId = authorId,
            Title = title.Trim(),
            Body = body,
            BodyHtml = renderer.ToHtml(body),
            Excerpt = renderer.Excerpt(body, ContentRules.ExcerptMax),
            Tags = [.. ContentRules.NormalizeTags(tags)],
            CreatedAt = now,
            IsInPublicGroup = isPublicGroup,
        };
        post.HotScore = HotScore.For(post);
        db.Add(post);
        foreach (var tag in post.Tags)
        {
            db.Add(new PostTag { Tag = tag, PostId = post.Id, CreatedAt = now });
        }

        SearchIndexer.Index(db, post);
        db.AddIntegrationEvent(new PostPublished(post.Id, groupId, authorId, post.Title, post.Tags, post.Body.Length) { OccurredAt = now }, post.Id, timeProvider);
        return post;
    }
}
