using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Caching;
using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Content.Posts;

/// <summary>
/// Authors' names and avatars for feed pages. A profile edit committed on this instance shows at once; one made on
/// another instance shows when the entry expires (ADR 0043).
/// </summary>
internal sealed class AuthorCache(IOptions<ContentOptions> options, TimeProvider timeProvider) : ICommittedEventsObserver, IDisposable
{
    // One entry per author, named by an id rather than a string: a page looks up some twenty of them.
    private static readonly Guid Summary = Guid.Empty;
    private readonly GenerationalCache<UserSummary> _authors = new(options.Value.FeedCacheFor, 200_000, timeProvider);

    public async Task<IReadOnlyDictionary<Guid, UserSummary>> GetManyAsync(
        IReadOnlyCollection<Guid> userIds, IUserDirectory users, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, UserSummary>();
        var missing = new Dictionary<Guid, long>();
        foreach (var userId in userIds)
        {
            if (_authors.TryGet(userId, Summary, out var author, out var generation))
            {
                found[userId] = author!;
            }
            else
            {
                missing[userId] = generation;
            }
        }

        if (missing.Count > 0)
        {
            foreach (var (userId, author) in await users.GetManyAsync(missing.Keys, cancellationToken))
            {
                _authors.Set(userId, Summary, missing[userId], author);
                found[userId] = author;
            }
        }

        return found;
    }

    public void OnCommitted(IReadOnlyList<IIntegrationEvent> events)
    {
        foreach (var integrationEvent in events)
        {
            if (integrationEvent is ProfileUpdated e)
            {
                _authors.Invalidate(e.UserId);
            }
        }
    }

    public void Dispose() => _authors.Dispose();
}
