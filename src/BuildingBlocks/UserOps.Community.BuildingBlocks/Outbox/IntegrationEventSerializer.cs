using System.Text.Json;
using UserOps.Community.BuildingBlocks.Events;

namespace UserOps.Community.BuildingBlocks.Outbox;

internal static class IntegrationEventSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string TypeNameOf(Type eventType) => eventType.FullName ?? eventType.Name;

    public static string Serialize(IIntegrationEvent integrationEvent) =>
        JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Options);

    public static IIntegrationEvent Deserialize(string payload, Type eventType) =>
        (IIntegrationEvent)(JsonSerializer.Deserialize(payload, eventType, Options)
            ?? throw new InvalidOperationException($"Outbox payload for {eventType} was null."));
}
