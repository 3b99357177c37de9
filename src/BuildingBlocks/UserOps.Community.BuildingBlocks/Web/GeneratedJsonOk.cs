using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace UserOps.Community.BuildingBlocks.Web;

/// <summary>
/// 200 OK with a body that a System.Text.Json source-generated serializer writes in one pass into the response buffer,
/// for the hottest responses (ADR 0057). <c>Ok&lt;T&gt;</c> serialises through the application's JSON options, whose
/// converters rule out the generated writer, and the streaming serializer keeps it for bodies under 8 KB only.
/// The API describes it exactly as <c>Ok&lt;T&gt;</c>; the context must use the web defaults the application's options use.
/// </summary>
public sealed class GeneratedJsonOk<T>(T value, JsonTypeInfo<T> typeInfo)
    : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public T Value => value;

    object? IValueHttpResult.Value => value;

    public int StatusCode => StatusCodes.Status200OK;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = JsonContentType;
        // The generated code writes names and structure; string escaping comes from the writer, so it follows the API's
        // encoder (ASP.NET Core's relaxed one: Chinese text stays as it is).
        var api = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var writerOptions = new JsonWriterOptions { Encoder = api.Encoder, Indented = api.WriteIndented };

        // Written into the response's memory, not the socket: nothing blocks, and a page is bounded by its limit.
        using (var writer = new Utf8JsonWriter(response.BodyWriter, writerOptions))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}
