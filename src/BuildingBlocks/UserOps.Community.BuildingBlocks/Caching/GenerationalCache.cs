using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Internal;

namespace UserOps.Community.BuildingBlocks.Caching;

/// <summary>
/// A short-lived read cache whose entries are dropped by bumping their owner's generation. A reader notes the
/// generation before it loads, so a load that raced a change is stored under the old generation and never served
/// after <see cref="Invalidate"/>. Entries also expire, which bounds how stale another instance's changes can look.
/// </summary>
public sealed class GenerationalCache<TValue>(TimeSpan lifetime, long sizeLimit, Func<TValue, long> sizeOf, TimeProvider timeProvider) : IDisposable
    where TValue : class
{
    private readonly ConcurrentDictionary<Guid, long> _generations = new();
    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = sizeLimit, Clock = new Clock(timeProvider) });

    /// <summary>False when the lifetime is zero: every read loads.</summary>
    public bool Enabled => lifetime > TimeSpan.Zero;

    public bool TryGet(Guid owner, string part, out TValue? value, out long generation)
    {
        generation = _generations.GetValueOrDefault(owner);
        value = null;
        return Enabled && _entries.TryGetValue(new Key(owner, part, generation), out value);
    }

    /// <summary>Stores a value loaded after <see cref="TryGet"/> returned <paramref name="generation"/>.</summary>
    public void Set(Guid owner, string part, long generation, TValue value)
    {
        if (Enabled)
        {
            _entries.Set(new Key(owner, part, generation), value, new MemoryCacheEntryOptions
            {
                AbsoluteExpirationRelativeToNow = lifetime,
                Size = Math.Max(1, sizeOf(value)),
            });
        }
    }

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

    public void Dispose() => _entries.Dispose();

    private readonly record struct Key(Guid Owner, string Part, long Generation);

    // MemoryCache reads time through its own clock interface; entries expire on the application's clock.
    private sealed class Clock(TimeProvider timeProvider) : ISystemClock
    {
        public DateTimeOffset UtcNow => timeProvider.GetUtcNow();
    }
}
