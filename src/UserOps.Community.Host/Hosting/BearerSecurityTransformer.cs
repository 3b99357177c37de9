using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace UserOps.Community.Host.Hosting;

/// <summary>Declares the bearer scheme so /docs can send the token from /api/auth/login.</summary>
internal sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "Access token from POST /api/auth/login.",
        };
        document.Info.Title = "UserOps Community API";
        return Task.CompletedTask;
    }
}
