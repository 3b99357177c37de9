using Microsoft.Extensions.Time.Testing;
using UserOps.Community.BuildingBlocks.Caching;

namespace UserOps.Community.BuildingBlocks.Tests.Caching;

public sealed class GenerationalCacheTests : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly GenerationalCache<string> _cache;
    private int _loads;

    public GenerationalCacheTests() => _cache = new GenerationalCache<string>(Lifetime, 100, _time);

    [Fact]
    public async Task Given_a_cached_value_Then_it_is_served_until_its_owner_is_invalidated()
    {
        var owner = Guid.NewGuid();
        Assert.Equal("v1", await LoadAsync(owner, "v1"));
        Assert.Equal("v1", await LoadAsync(owner, "v2"));
        Assert.Equal(1, _loads);

        _cache.Invalidate(owner);

        Assert.Equal("v3", await LoadAsync(owner, "v3"));
        Assert.Equal(2, _loads);
    }

    [Fact]
    public void Given_a_load_that_began_before_an_invalidation_Then_its_value_is_never_served()
    {
        var owner = Guid.NewGuid();
        Assert.False(_cache.TryGet(owner, "page", out _, out var generation));

        _cache.Invalidate(owner); // the change commits while the stale load is still reading
        _cache.Set(owner, "page", generation, "stale");

        Assert.False(_cache.TryGet(owner, "page", out _, out _));
    }

    [Fact]
    public async Task Given_time_passes_the_lifetime_on_the_injected_clock_Then_the_value_is_loaded_again()
    {
        var owner = Guid.NewGuid();
        await LoadAsync(owner, "v1");

        _time.Advance(Lifetime - TimeSpan.FromMilliseconds(1));
        Assert.Equal("v1", await LoadAsync(owner, "v2"));

        _time.Advance(TimeSpan.FromMilliseconds(2));
        Assert.Equal("v3", await LoadAsync(owner, "v3"));
    }

    [Fact]
    public void Given_parts_named_by_ids_Then_each_id_is_its_own_entry_apart_from_named_parts_and_dropped_with_its_owner()
    {
        var (owner, post, other) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        _cache.Set(owner, post, 0, "post");
        _cache.Set(owner, "page", 0, "page");

        Assert.True(_cache.TryGet(owner, post, out var byId, out _));
        Assert.Equal("post", byId);
        Assert.False(_cache.TryGet(owner, other, out _, out _));
        Assert.False(_cache.TryGet(owner, Guid.Empty, out _, out _));
        Assert.True(_cache.TryGet(owner, "page", out var named, out _));
        Assert.Equal("page", named);

        _cache.Invalidate(owner);

        Assert.False(_cache.TryGet(owner, post, out _, out _));
    }

    [Fact]
    public async Task Given_one_owner_is_invalidated_Then_other_owners_and_parts_keep_their_values()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        await LoadAsync(first, "a");
        await LoadAsync(second, "b");

        _cache.Invalidate(first);

        Assert.Equal("b", await LoadAsync(second, "changed"));
        Assert.Equal("fresh", await LoadAsync(first, "fresh"));
    }

    [Fact]
    public void Given_more_entries_than_it_may_hold_Then_it_keeps_at_most_that_many_and_the_newest_among_them()
    {
        var owners = Enumerable.Range(0, 1_000).Select(_ => Guid.NewGuid()).ToList();
        foreach (var owner in owners)
        {
            _cache.Set(owner, "page", 0, "v");
        }

        var kept = owners.Count(owner => _cache.TryGet(owner, "page", out _, out _));

        Assert.InRange(kept, 1, 100);
        Assert.True(_cache.TryGet(owners[^1], "page", out _, out _));
    }

    [Fact]
    public async Task Given_a_zero_lifetime_Then_every_read_loads()
    {
        using var disabled = new GenerationalCache<string>(TimeSpan.Zero, 100, _time);
        var owner = Guid.NewGuid();
        var loads = 0;

        for (var i = 0; i < 3; i++)
        {
            await disabled.GetOrLoadAsync(owner, "page", _ => Task.FromResult($"v{++loads}"), CancellationToken.None);
        }

        Assert.False(disabled.Enabled);
        Assert.Equal(3, loads);
    }

    public void Dispose() => _cache.Dispose();

    private Task<string> LoadAsync(Guid owner, string value) =>
        _cache.GetOrLoadAsync(owner, "page", _ =>
        {
            _loads++;
            return Task.FromResult(value);
        }, CancellationToken.None);
}
