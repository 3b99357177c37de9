using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Platform;

/// <summary>Every error the client can meet has the same shape: type, title, status, code and traceId.</summary>
public sealed class ProblemDetailsTests
{
    [Fact]
    public async Task Given_errors_of_every_kind_Then_each_is_a_problem_with_type_title_status_code_and_traceId()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var anonymous = factory.CreateClient();
        var member = await factory.CreateMemberAsync();

        using var malformed = new StringContent("{", Encoding.UTF8, "application/json");
        var responses = new List<(HttpResponseMessage Response, HttpStatusCode Status, string Code)>
        {
            (await anonymous.RegisterAsync(new { email = "bad", password = "x", displayName = "x" }), HttpStatusCode.BadRequest, "validation_failed"),
            (await anonymous.PostAsync("/api/auth/register", malformed), HttpStatusCode.BadRequest, "malformed_request"),
            (await anonymous.LoginAsync(member.Email, "Wrong!Passw0rd"), HttpStatusCode.Unauthorized, "invalid_credentials"),
            (await anonymous.GetAsync("/api/me"), HttpStatusCode.Unauthorized, "unauthorized"),
            (await member.Client.GetAsync("/api/admin/outbox"), HttpStatusCode.Forbidden, "forbidden"),
            (await anonymous.RegisterAsync(ApiClient.Registration(member.Email)), HttpStatusCode.Conflict, "email_taken"),
            (await anonymous.GetAsync("/api/no-such-route"), HttpStatusCode.NotFound, "not_found"),
        };

        foreach (var (response, status, code) in responses)
        {
            using (response)
            {
                var problem = await response.ShouldBeProblemAsync(status, code);
                AssertShape(problem.Body, status);
            }
        }
    }

    [Fact]
    public async Task Given_a_validation_problem_Then_errors_map_each_field_to_messages()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();

        using var response = await factory.CreateClient().RegisterAsync(new { email = "bad", password = ApiClient.Password, displayName = "Ok name" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        AssertShape(problem.Body, HttpStatusCode.BadRequest);
        var errors = problem.Body.GetProperty("errors");
        Assert.Equal(JsonValueKind.Object, errors.ValueKind);
        Assert.Contains(errors.EnumerateObject(), e => e.Name.Equals("email", StringComparison.OrdinalIgnoreCase) && e.Value.GetArrayLength() > 0);
    }

    [Fact]
    public async Task Given_an_error_Then_no_stack_trace_or_exception_detail_leaks()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        using var malformed = new StringContent("{\"email\": [}", Encoding.UTF8, "application/json");

        using var response = await factory.CreateClient().PostAsync("/api/auth/register", malformed);

        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        _ = await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static void AssertShape(JsonElement body, HttpStatusCode status)
    {
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("type").GetString()), $"type missing in {body}");
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("title").GetString()), $"title missing in {body}");
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("code").GetString()), $"code missing in {body}");
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("traceId").GetString()), $"traceId missing in {body}");
    }
}
