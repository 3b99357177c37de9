using UserOps.Community.Host.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCommunityHost();

var app = builder.Build();
app.UseCommunityPipeline();
app.MapCommunityEndpoints();

if (await CommandLineVerbs.TryRunAsync(app, args))
{
    return;
}

await StartupRunner.PrepareAsync(app);
await app.RunAsync();

/// <summary>Entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
