namespace UserOps.Community.Notifications.Realtime;

/// <summary>SignalR group names; the Redis backplane carries them across instances.</summary>
internal static class HubGroups
{
    public const string English = "lang:en";
    public const string Chinese = "lang:zh";

    public static string ForGroup(Guid groupId) => $"g:{groupId:N}";
}

/// <summary>Identifies this host process in hub_subscriptions, so its rows can be refreshed and others' expired.</summary>
internal sealed class HostInstance
{
    public string Id { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
}
