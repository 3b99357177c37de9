using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using UserOps.Community.BuildingBlocks.Events;

namespace UserOps.Community.BuildingBlocks.Outbox;

internal sealed class HandlerRegistration(
    Type eventType, Type handlerType, OutboxLane lane, Func<IServiceProvider, IIntegrationEvent, CancellationToken, Task> invoke)
{
    public Type EventType { get; } = eventType;

    public OutboxLane Lane { get; } = lane;

    /// <summary>Stable identity of the handler in processed_messages; renaming a handler class re-delivers history to it.</summary>
    public string Name { get; } = handlerType.FullName ?? handlerType.Name;

    public Task InvokeAsync(IServiceProvider services, IIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        invoke(services, integrationEvent, cancellationToken);
}

internal sealed record EventRoute(Type EventType, IReadOnlyList<HandlerRegistration> Handlers);

/// <summary>Which handlers, in which lane, receive which stored event type.</summary>
internal sealed class HandlerRegistry(IEnumerable<HandlerRegistration> registrations)
{
    private readonly Dictionary<(string Type, OutboxLane Lane), EventRoute> _routes = registrations
        .GroupBy(r => (r.EventType, r.Lane))
        .ToDictionary(
            g => (IntegrationEventSerializer.TypeNameOf(g.Key.EventType), g.Key.Lane),
            g => new EventRoute(g.Key.EventType, [.. g.DistinctBy(r => r.Name)]));

    public bool TryGetRoute(string typeName, OutboxLane lane, out EventRoute route) =>
        _routes.TryGetValue((typeName, lane), out route!);

    /// <summary>The lanes an event is stored in: always the default one (the event log), plus each lane with a handler.</summary>
    public IEnumerable<OutboxLane> LanesFor(string typeName) =>
        OutboxLanes.All.Where(lane => lane == OutboxLane.Default || _routes.ContainsKey((typeName, lane)));
}

public static class IntegrationEventHandlerRegistration
{
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(
        this IServiceCollection services, OutboxLane lane = OutboxLane.Default)
        where TEvent : IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.TryAddScoped<THandler>();
        services.AddSingleton(new HandlerRegistration(
            typeof(TEvent),
            typeof(THandler),
            lane,
            (provider, integrationEvent, ct) => provider.GetRequiredService<THandler>().HandleAsync((TEvent)integrationEvent, ct)));
        return services;
    }
}
