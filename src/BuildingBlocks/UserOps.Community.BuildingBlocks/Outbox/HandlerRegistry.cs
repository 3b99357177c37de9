using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Events;

namespace UserOps.Community.BuildingBlocks.Outbox;

internal sealed class HandlerRegistration(Type eventType, Type handlerType, Func<IServiceProvider, IIntegrationEvent, CancellationToken, Task> invoke)
{
    public Type EventType { get; } = eventType;

    /// <summary>Stable identity of the handler in processed_messages; renaming a handler class re-delivers history to it.</summary>
    public string Name { get; } = handlerType.FullName ?? handlerType.Name;

    public Task InvokeAsync(IServiceProvider services, IIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        invoke(services, integrationEvent, cancellationToken);
}

internal sealed record EventRoute(Type EventType, IReadOnlyList<HandlerRegistration> Handlers);

/// <summary>Which handlers receive which stored event type.</summary>
internal sealed class HandlerRegistry(IEnumerable<HandlerRegistration> registrations)
{
    private readonly Dictionary<string, EventRoute> _routes = registrations
        .GroupBy(r => r.EventType)
        .ToDictionary(
            g => IntegrationEventSerializer.TypeNameOf(g.Key),
            g => new EventRoute(g.Key, [.. g.DistinctBy(r => r.Name)]));

    public bool TryGetRoute(string typeName, out EventRoute route) => _routes.TryGetValue(typeName, out route!);
}

public static class IntegrationEventHandlerRegistration
{
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.AddScoped<THandler>();
        services.AddSingleton(new HandlerRegistration(
            typeof(TEvent),
            typeof(THandler),
            (provider, integrationEvent, ct) => provider.GetRequiredService<THandler>().HandleAsync((TEvent)integrationEvent, ct)));
        return services;
    }
}
