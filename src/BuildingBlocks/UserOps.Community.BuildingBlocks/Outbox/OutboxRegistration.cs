using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace UserOps.Community.BuildingBlocks.Outbox;

public static class OutboxRegistration
{
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxMetrics>();
        services.AddSingleton<OutboxWriterInterceptor>();
        services.AddSingleton<HandlerRegistry>();
        services.AddSingleton<OutboxProcessor>();
        services.AddScoped<AfterCommitActions>();
        services.AddSingleton(sp => new OutboxDrainer(sp.GetRequiredService<OutboxProcessor>(), sp.GetRequiredService<OutboxSignal>()));
        services.AddHostedService<OutboxDispatcher>();
        return services;
    }
}
