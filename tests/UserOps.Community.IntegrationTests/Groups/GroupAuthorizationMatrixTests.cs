using System.Net;
using System.Net.Http.Json;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Groups;

/// <summary>
/// Every Groups route against every kind of caller, on a public group and on a private one.
/// The group asks for approval, so a pending join request exists; "target" is an ordinary member, "outsider" someone who asked to join.
/// </summary>
public sealed class GroupAuthorizationMatrixTests
{
    private const string Anonymous = "anonymous";
    private const string NonMember = "non-member";
    private const string Member = "member";
    private const string GroupModerator = "group-moderator";
    private const string Owner = "owner";
    private const string SiteModerator = "site-moderator";

    private static readonly string[] Actors = [Anonymous, NonMember, Member, GroupModerator, Owner, SiteModerator];

    // Expected status per actor, in the order: anonymous, non-member, member, group moderator, owner, site moderator.
    private static readonly (string Route, int[] Statuses)[] PublicGroup =
    [
        ("POST /api/groups", [401, 403, 403, 403, 201, 403]),
        ("GET /api/groups", [200, 200, 200, 200, 200, 200]),
        ("GET /api/groups/{group}", [200, 200, 200, 200, 200, 200]),
        ("GET /api/groups/{slug}", [200, 200, 200, 200, 200, 200]),
        ("PATCH /api/groups/{group}", [401, 403, 403, 200, 200, 403]),
        ("POST /api/groups/{group}/archive", [401, 403, 403, 403, 200, 403]),
        ("POST /api/groups/{group}/members", [401, 202, 200, 200, 200, 202]),
        ("DELETE /api/groups/{group}/members/me", [401, 404, 204, 204, 409, 404]),
        ("GET /api/groups/{group}/members", [200, 200, 200, 200, 200, 200]),
        ("DELETE /api/groups/{group}/members/{target}", [401, 403, 403, 204, 204, 403]),
        ("PUT /api/groups/{group}/members/{target}/role", [401, 403, 403, 403, 200, 403]),
        ("POST /api/groups/{group}/transfer-ownership", [401, 403, 403, 403, 200, 403]),
        ("GET /api/groups/{group}/join-requests", [401, 403, 403, 200, 200, 403]),
        ("POST /api/groups/{group}/join-requests/{request}/approve", [401, 403, 403, 200, 200, 403]),
        ("POST /api/groups/{group}/join-requests/{request}/reject", [401, 403, 403, 200, 200, 403]),
        ("POST /api/groups/{group}/invitations", [401, 403, 403, 201, 201, 403]),
    ];

    // A private group does not exist (404) for anyone who is not in it; site moderators see it but do not run it.
    private static readonly (string Route, int[] Statuses)[] PrivateGroup =
    [
        ("GET /api/groups/{group}", [404, 404, 200, 200, 200, 200]),
        ("GET /api/groups/{slug}", [404, 404, 200, 200, 200, 200]),
        ("PATCH /api/groups/{group}", [401, 404, 403, 200, 200, 403]),
        ("POST /api/groups/{group}/archive", [401, 404, 403, 403, 200, 403]),
        ("POST /api/groups/{group}/members", [401, 404, 200, 200, 200, 403]),
        ("DELETE /api/groups/{group}/members/me", [401, 404, 204, 204, 409, 404]),
        ("GET /api/groups/{group}/members", [404, 404, 200, 200, 200, 200]),
        ("DELETE /api/groups/{group}/members/{target}", [401, 404, 403, 204, 204, 403]),
        ("PUT /api/groups/{group}/members/{target}/role", [401, 404, 403, 403, 200, 403]),
        ("POST /api/groups/{group}/transfer-ownership", [401, 404, 403, 403, 200, 403]),
        ("GET /api/groups/{group}/join-requests", [401, 404, 403, 200, 200, 403]),
        ("POST /api/groups/{group}/join-requests/{request}/approve", [401, 404, 403, 200, 200, 403]),
        ("POST /api/groups/{group}/join-requests/{request}/reject", [401, 404, 403, 200, 200, 403]),
        ("POST /api/groups/{group}/invitations", [401, 404, 403, 201, 201, 403]),
    ];

    public static TheoryData<string> PublicRoutes => [.. PublicGroup.Select(row => row.Route)];

    public static TheoryData<string> PrivateRoutes => [.. PrivateGroup.Select(row => row.Route)];

    [Theory]
    [MemberData(nameof(PublicRoutes))]
    public async Task Given_a_public_group_When_each_actor_calls_a_route_Then_the_status_is_as_expected(string route)
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var cast = await Cast.CreateAsync(factory);

        var mismatches = await CallAsEveryActorAsync(cast, route, Expected(PublicGroup, route), isPrivate: false);

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Theory]
    [MemberData(nameof(PrivateRoutes))]
    public async Task Given_a_private_group_When_each_actor_calls_a_route_Then_outsiders_get_404_and_the_rest_as_expected(string route)
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var cast = await Cast.CreateAsync(factory);

        var mismatches = await CallAsEveryActorAsync(cast, route, Expected(PrivateGroup, route), isPrivate: true);

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    private static int[] Expected((string Route, int[] Statuses)[] table, string route) => table.Single(row => row.Route == route).Statuses;

    /// <summary>Each actor calls the route on a group of its own, so one actor's change never decides the next one's answer.</summary>
    private static async Task<List<string>> CallAsEveryActorAsync(Cast cast, string route, int[] expected, bool isPrivate)
    {
        var mismatches = new List<string>();
        for (var i = 0; i < Actors.Length; i++)
        {
            var world = await cast.CreateGroupAsync(isPrivate);
            using var response = await world.SendAsync(route, Actors[i]);
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode != expected[i])
            {
                mismatches.Add($"{Actors[i]}: expected {expected[i]} but got {(int)response.StatusCode}: {body}");
            }
            else if (isPrivate && expected[i] == 404 && Actors[i] is Anonymous or NonMember && !body.Contains("\"group_not_found\"", StringComparison.Ordinal))
            {
                // The same answer as for a group that does not exist: nothing tells an outsider it is there.
                mismatches.Add($"{Actors[i]}: expected the code group_not_found but got {body}");
            }
        }

        return mismatches;
    }

    /// <summary>The people of the matrix, registered once per test: an owner who may create groups, a site moderator and five members.</summary>
    private sealed record Cast(
        HttpClient Anonymous, SignedInMember Owner, SignedInMember GroupModerator, SignedInMember Member, SignedInMember Target,
        SignedInMember Outsider, SignedInMember NonMember, SignedInMember SiteModerator)
    {
        public static async Task<Cast> CreateAsync(CommunityApiFactory factory)
        {
            var admin = await factory.CreateAdminClientAsync();
            var ownerTask = factory.CreateGroupCreatorAsync(admin);
            var siteModeratorTask = factory.CreateSiteModeratorAsync(admin);
            var people = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => factory.CreateMemberAsync()));
            return new Cast(factory.CreateClient(), await ownerTask, people[0], people[1], people[2], people[3], people[4], await siteModeratorTask);
        }

        public Task<GroupWorld> CreateGroupAsync(bool isPrivate) => GroupWorld.CreateAsync(this, isPrivate);
    }

    /// <summary>One approval group with an owner, a group moderator, two ordinary members and a pending join request.</summary>
    private sealed class GroupWorld
    {
        private readonly Dictionary<string, HttpClient> _clients;
        private readonly GroupBody _group;
        private readonly Guid _targetId;
        private readonly Guid _outsiderId;
        private readonly Guid _requestId;

        private GroupWorld(Dictionary<string, HttpClient> clients, GroupBody group, Guid targetId, Guid outsiderId, Guid requestId)
        {
            _clients = clients;
            _group = group;
            _targetId = targetId;
            _outsiderId = outsiderId;
            _requestId = requestId;
        }

        public static async Task<GroupWorld> CreateAsync(Cast cast, bool isPrivate)
        {
            var owner = cast.Owner.Client;
            var group = await owner.CreateGroupAsync(visibility: "public", joinPolicy: "approval");
            await owner.AddMemberAsync(group.Id, cast.GroupModerator);
            await owner.SetRoleAsync(group.Id, cast.GroupModerator.Id, "moderator");
            await owner.AddMemberAsync(group.Id, cast.Member);
            await owner.AddMemberAsync(group.Id, cast.Target);
            var request = await cast.Outsider.Client.JoinExpectingAsync(group.Id, HttpStatusCode.Accepted);
            if (isPrivate)
            {
                // Made private after the request, so that a private group has a pending request too.
                using var patched = await owner.PatchAsJsonAsync($"/api/groups/{group.Id}", new { visibility = "private" });
                await patched.ShouldBeAsync(HttpStatusCode.OK);
            }

            var clients = new Dictionary<string, HttpClient>
            {
                [Anonymous] = cast.Anonymous,
                [NonMember] = cast.NonMember.Client,
                [Member] = cast.Member.Client,
                [GroupModerator] = cast.GroupModerator.Client,
                [Owner] = owner,
                [SiteModerator] = cast.SiteModerator.Client,
            };
            return new GroupWorld(clients, group, cast.Target.Id, cast.Outsider.Id, request.RequestId!.Value);
        }

        public Task<HttpResponseMessage> SendAsync(string route, string actor)
        {
            var method = route[..route.IndexOf(' ', StringComparison.Ordinal)];
            var path = route[(method.Length + 1)..]
                .Replace("{group}", _group.Id.ToString(), StringComparison.Ordinal)
                .Replace("{slug}", _group.Slug, StringComparison.Ordinal)
                .Replace("{target}", _targetId.ToString(), StringComparison.Ordinal)
                .Replace("{request}", _requestId.ToString(), StringComparison.Ordinal);
            var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = Body(route) };
            return _clients[actor].SendAsync(request);
        }

        private JsonContent? Body(string route) => route switch
        {
            "POST /api/groups" => JsonContent.Create(GroupsApi.NewGroup()),
            "PATCH /api/groups/{group}" => JsonContent.Create(new { description = "Changed" }),
            "POST /api/groups/{group}/members" => JsonContent.Create(new { message = "Hello" }),
            "PUT /api/groups/{group}/members/{target}/role" => JsonContent.Create(new { role = "moderator" }),
            "POST /api/groups/{group}/transfer-ownership" => JsonContent.Create(new { userId = _targetId }),
            "POST /api/groups/{group}/invitations" => JsonContent.Create(new { userId = _outsiderId }),
            _ when route.StartsWith("POST", StringComparison.Ordinal) => JsonContent.Create(new { }),
            _ => null,
        };
    }
}
