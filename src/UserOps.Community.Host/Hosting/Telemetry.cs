using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using UserOps.Community.BuildingBlocks.Outbox;

namespace UserOps.Community.Host.Hosting;

internal static class Telemetry
{
    public static WebApplicationBuilder AddCommunityTelemetry(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            // Structured logs in production: one JSON object per line, scopes included.
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(options => options.IncludeScopes = true);
        }

        // Traces and metrics go only where a collector is configured (the standard OTEL_EXPORTER_OTLP_ENDPOINT variable):
        // without one, an activity recorded for every request and database command would be read by nobody (ADR 0050).
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("userops-community"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddSource(OutboxMetrics.MeterName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(OutboxMetrics.MeterName))
            .UseOtlpExporter();

        return builder;
    }
}
