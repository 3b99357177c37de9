using FluentValidation;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Security;
using UserOps.Community.BuildingBlocks.Seeding;
using UserOps.Community.Identity.AdminRoles;
using UserOps.Community.Identity.Bans;
using UserOps.Community.Identity.Bootstrap;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.Identity.Demo;
using UserOps.Community.Identity.Directory;
using UserOps.Community.Identity.Domain;
using UserOps.Community.Identity.Login;
using UserOps.Community.Identity.Logout;
using UserOps.Community.Identity.Persistence;
using UserOps.Community.Identity.Profile;
using UserOps.Community.Identity.Refresh;
using UserOps.Community.Identity.Register;
using UserOps.Community.Identity.Tokens;

namespace UserOps.Community.Identity;

/// <summary>Accounts, sign-in, profiles and roles, on ASP.NET Core Identity.</summary>
public static class IdentityModule
{
    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IModuleModel, IdentityModel>();
        // Validators are stateless: built once, not for every request.
        services.AddValidatorsFromAssembly(typeof(IdentityModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.Configure<BootstrapOptions>(configuration.GetSection(BootstrapOptions.SectionName));

        services.AddIdentityApiEndpoints<CommunityUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Identity:Lockout:MaxFailedAttempts", 5);
                options.Lockout.DefaultLockoutTimeSpan = configuration.GetValue("Identity:Lockout:Duration", TimeSpan.FromMinutes(15));
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<CommunityDbContext>();

        services.Configure<BearerTokenOptions>(IdentityConstants.BearerScheme, options =>
            options.BearerTokenExpiration = configuration.GetValue("Identity:AccessTokenLifetime", TimeSpan.FromMinutes(15)));
        services.AddSingleton(sp => new OpenedBearerTokens(
            configuration.GetValue("Identity:KeepOpenedTokensFor", TimeSpan.FromMinutes(5)), sp.GetRequiredService<TimeProvider>()));
        // Runs after AddBearerToken's own post-configuration, which creates the protector this wraps.
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme)
            .PostConfigure<OpenedBearerTokens>((options, opened) => options.BearerTokenProtector = opened.Over(options.BearerTokenProtector));
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "userops.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // An API answers 401/403; it never redirects to a login page.
            options.Events.OnRedirectToLogin = context => WriteStatus(context.Response, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => WriteStatus(context.Response, StatusCodes.Status403Forbidden);
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(CommunityPolicies.Admin, p => p.RequireRole(CommunityRoles.Admin))
            .AddPolicy(CommunityPolicies.Operator, p => p.RequireRole(CommunityRoles.Operator, CommunityRoles.Admin))
            .AddPolicy(CommunityPolicies.Moderator, p => p.RequireRole(CommunityRoles.Moderator, CommunityRoles.Admin));

        services.AddMemoryCache();
        services.Configure<BanCheckOptions>(configuration.GetSection(BanCheckOptions.SectionName));
        services.AddSingleton<BanCache>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddScoped<AccountProvisioner>();
        services.AddScoped<IStartupTask, AdminBootstrapTask>();
        services.AddScoped<IDemoSeeder, IdentityDemoSeeder>();
        return services;
    }

    /// <summary>Goes right after UseAuthentication: refuses every request of a banned member.</summary>
    public static IApplicationBuilder UseBannedMemberGate(this IApplicationBuilder app) => app.UseMiddleware<BannedMemberGate>();

    public static IEndpointRouteBuilder MapIdentityModule(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/auth").WithTags("Auth");
        auth.MapRegister();
        auth.MapLogin();
        auth.MapRefresh();
        auth.MapLogout();

        var me = endpoints.MapGroup("/api/me").WithTags("Profile").RequireAuthorization();
        me.MapGetMyProfile();
        me.MapUpdateMyProfile();

        var admin = endpoints.MapGroup("/api/admin").WithTags("Admin");
        admin.MapSetUserRoles();
        admin.MapBans();
        return endpoints;
    }

    /// <summary>The `create-admin` verb: creates the account, or adds Admin to an existing one.</summary>
    public static async Task CreateAdminAsync(IServiceProvider services, string email, string password, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provisioner = scope.ServiceProvider.GetRequiredService<AccountProvisioner>();
        await provisioner.EnsureAsync(email, password, "Administrator", [CommunityRoles.Admin], cancellationToken);
    }

    private static Task WriteStatus(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
