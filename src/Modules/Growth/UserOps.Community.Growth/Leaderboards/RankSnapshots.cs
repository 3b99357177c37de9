using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Leaderboards;

/// <summary>
/// The distinct point values of one board in one period, read at most once per <see cref="GrowthOptions.RankSnapshotFor"/>
/// and shared by every request of this instance, so a member far down a board of a million gets their dense rank by a
/// binary search instead of counting the rows above them (ADR 0042).
/// </summary>
internal sealed class RankSnapshots(IMemoryCache cache, IServiceScopeFactory scopes, IOptions<GrowthOptions> options)
{
    public async Task<int> DenseRankAsync(string period, Guid board, long points, CancellationToken cancellationToken)
    {
        var key = (nameof(RankSnapshots), period, board);
        // Lazy: concurrent requests for a cold board share one read instead of each scanning the board.
        var snapshot = cache.GetOrCreate(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = options.Value.RankSnapshotFor;
            return new Lazy<Task<long[]>>(() => LoadAsync(period, board));
        })!;
        long[] ascending;
        try
        {
            ascending = await snapshot.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            cache.Remove(key); // a failed read must not be served until it expires
            throw;
        }

        var index = Array.BinarySearch(ascending, points);
        var above = index >= 0 ? ascending.Length - index - 1 : ascending.Length - ~index;
        return above + 1;
    }

    // Its own scope and no request token: the read is shared, so one caller giving up must not fail the others.
    private async Task<long[]> LoadAsync(string period, Guid board)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        return await LeaderboardQueries.Ranked(db, period, board)
            .Select(e => e.Points).Distinct().OrderBy(p => p)
            .ToArrayAsync(CancellationToken.None);
    }
}
