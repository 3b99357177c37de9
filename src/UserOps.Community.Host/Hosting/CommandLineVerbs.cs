using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Identity;

namespace UserOps.Community.Host.Hosting;

/// <summary>`migrate` applies migrations and exits; `create-admin --email E --password P` makes an admin and exits.</summary>
internal static class CommandLineVerbs
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "migrate":
                await DatabaseMigrator.MigrateAsync(app.Services);
                app.Logger.LogInformation("Database migrated");
                return true;
            case "create-admin":
                var email = app.Configuration["email"];
                var password = app.Configuration["password"];
                if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
                {
                    throw new ArgumentException("Usage: create-admin --email admin@example.com --password <password>");
                }

                await IdentityModule.CreateAdminAsync(app.Services, email, password, CancellationToken.None);
                app.Logger.LogInformation("Admin {Email} is ready", email);
                return true;
            default:
                return false;
        }
    }
}
