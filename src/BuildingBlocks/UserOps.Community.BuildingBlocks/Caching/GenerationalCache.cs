using System.Collections.Concurrent;

namespace UserOps.Community.BuildingBlocks.Caching;

/// <summary>
/// A short-lived read cache whose entries are dropped by bumping their owner's generation. A reader notes the
/// generation before it loads, so a load that raced a change is stored under the old generation and never served
/// after <see cref="Invalidate"/>. Entries also expire on the injected clock, which bounds how stale another
/// instance's changes can look. It holds at most <c>maxEntries</c>, evicting the least recently used (ADR 0058).
/// </summary>
public sealed class GenerationalCache<TValue>(TimeSpan lifetime, int maxEntries, TimeProvider timeProvider) : IDisposable
    where TValue : class
{
    private readonly ConcurrentDictionary<Guid, long> _generations = new();

    private readonly ExpiringLru<Key, TValue> _entries = new(maxEntries, timeProvider);

    /// <summary>False when the lifetime is zero: every read loads.</summary>
    public bool Enabled => lifetime > TimeSpan.Zero;

    public bool TryGet(Guid owner, string part, out TValue? value, out long generation) =>
        TryGet(owner, Guid.Empty, part, out value, out generation);

    /// <summary>As <see cref="TryGet(Guid, string, out TValue?, out long)"/>, for a part named by an id: no string to build per lookup.</summary>
    public bool TryGet(Guid owner, Guid part, out TValue? value, out long generation) =>
        TryGet(owner, part, null, out value, out generation);

    /// <summary>Stores a value loaded after <see cref="TryGet(Guid, string, out TValue?, out long)"/> returned <paramref name="generation"/>.</summary>
    public void Set(Guid owner, string part, long generation, TValue value) => Set(new Key(owner, Guid.Empty, part, generation), value);

    public void Set(Guid owner, Guid part, long generation, TValue value) => Set(new Key(owner, part, null, generation), value);

    public async Task<TValue> GetOrLoadAsync(Guid owner, string part, Func<CancellationToken, Task<TValue>> load, CancellationToken cancellationToken)
    {
        if (TryGet(owner, part, out var cached, out var generation))
        {
            return cached!;
        }

        var loaded = await load(cancellationToken);
        Set(owner, part, generation, loaded);
        return loaded;
    }

    /// <summary>Everything cached for <paramref name="owner"/> stops being served.</summary>
    public void Invalidate(Guid owner) => _generations.AddOrUpdate(owner, 1, static (_, generation) => generation + 1);

    public void Dispose() => _entries.Clear();

    private bool TryGet(Guid owner, Guid partId, string? part, out TValue? value, out long generation)
    {
        generation = _generations.GetValueOrDefault(owner);
        value = null;
        return Enabled && _entries.TryGet(new Key(owner, partId, part, generation), out value);
    }

    private void Set(Key key, TValue value)
    {
        if (Enabled)
        {
            _entries.Set(key, value, timeProvider.GetUtcNow() + lifetime);
        }
    }

    private readonly record struct Key(Guid Owner, Guid PartId, string? Part, long Generation);
}
