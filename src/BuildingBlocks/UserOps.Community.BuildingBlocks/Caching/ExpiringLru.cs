using BitFaster.Caching.Lru;

namespace UserOps.Community.BuildingBlocks.Caching;

/// <summary>
/// A bounded LRU whose entries each expire at an instant of the injected clock (ADR 0058). The LRU's own time-based
/// policies read a clock of their own, which tests could not move; here a read past an entry's instant is a miss.
/// </summary>
public sealed class ExpiringLru<TKey, TValue>(int capacity, TimeProvider timeProvider)
    where TKey : notnull
{
    // A generic LRU: a struct key is neither boxed nor hashed through object.
    private readonly ConcurrentLru<TKey, Entry> _entries = new(Environment.ProcessorCount, Math.Max(3, capacity), EqualityComparer<TKey>.Default);

    public bool TryGet(TKey key, out TValue? value)
    {
        // An expired entry is not removed here: the next Set replaces it, or the LRU evicts it.
        if (_entries.TryGet(key, out var entry) && entry.ExpiresAt > timeProvider.GetUtcNow())
        {
            value = entry.Value;
            return true;
        }

        value = default;
        return false;
    }

    public void Set(TKey key, TValue value, DateTimeOffset expiresAt) => _entries.AddOrUpdate(key, new Entry(value, expiresAt));

    public void Clear() => _entries.Clear();

    private readonly record struct Entry(TValue Value, DateTimeOffset ExpiresAt);
}
