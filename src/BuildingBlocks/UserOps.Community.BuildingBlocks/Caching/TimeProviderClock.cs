using Microsoft.Extensions.Internal;

namespace UserOps.Community.BuildingBlocks.Caching;

/// <summary>MemoryCache reads time through its own clock interface; this makes its entries expire on the application's clock.</summary>
public sealed class TimeProviderClock(TimeProvider timeProvider) : ISystemClock
{
    public DateTimeOffset UtcNow => timeProvider.GetUtcNow();
}
