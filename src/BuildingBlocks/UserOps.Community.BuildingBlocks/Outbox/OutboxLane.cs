namespace UserOps.Community.BuildingBlocks.Outbox;

/// <summary>
/// An independent delivery queue. An event is stored once per lane that has handlers for it, and each lane is
/// claimed and delivered on its own, so quick real-time pushes never wait behind slow work such as points.
/// Ordering per aggregate holds within a lane, not across lanes.
/// </summary>
public enum OutboxLane
{
    /// <summary>State changes in other modules: points, counters, referrals. Every event gets a row here.</summary>
    Default = 0,

    /// <summary>Live pushes and the notification centre: short handlers a member is waiting to see.</summary>
    Realtime = 1,
}

internal static class OutboxLanes
{
    public static readonly IReadOnlyList<OutboxLane> All = Enum.GetValues<OutboxLane>();
}
