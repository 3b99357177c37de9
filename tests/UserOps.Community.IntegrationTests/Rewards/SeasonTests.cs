using System.Net;
using System.Net.Http.Json;
using UserOps.Community.IntegrationTests.Growth;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Rewards;

public sealed record SeasonBody(Guid Id, string Name, DateOnly StartsOn, DateOnly EndsOn);

public sealed class SeasonTests
{
    [Fact]
    public async Task Given_points_earned_before_a_season_is_created_Then_its_leaderboard_counts_them_and_later_points_too()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var early = await factory.CreateMemberAsync();
        var late = await factory.CreateMemberAsync();
        await admin.GrantAsync(early.Id, 40);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        using var created = await admin.PostAsJsonAsync("/api/admin/seasons", new { name = "Winter", startsOn = today.AddDays(-3), endsOn = today.AddDays(30) });
        await created.ShouldBeAsync(HttpStatusCode.Created);
        var season = (await created.Content.ReadFromJsonAsync<SeasonBody>())!;
        await admin.GrantAsync(late.Id, 25);
        await admin.GrantAsync(early.Id, 5);

        var board = await late.Client.GetFromJsonAsync<LeaderboardBody>($"/api/leaderboards?period=season&seasonId={season.Id}");

        Assert.Equal([(early.Id, 45L, 1), (late.Id, 25L, 2)], board!.Items.Select(i => (i.UserId, i.Points, i.Rank)));
        Assert.Equal(new MyRankBody(2, 25, true), board.Me);
        Assert.Contains(await factory.CreateClient().GetFromJsonAsync<List<SeasonBody>>("/api/seasons") ?? [], s => s.Id == season.Id);
    }

    [Fact]
    public async Task Given_each_actor_and_bad_dates_Then_only_operators_create_seasons_and_bad_input_is_400()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var member = await factory.CreateMemberAsync();
        var season = new { name = "Spring", startsOn = new DateOnly(2027, 3, 1), endsOn = new DateOnly(2027, 5, 31) };

        using (var anonymous = await factory.CreateClient().PostAsJsonAsync("/api/admin/seasons", season)) { await anonymous.ShouldBeAsync(HttpStatusCode.Unauthorized); }
        using (var byMember = await member.Client.PostAsJsonAsync("/api/admin/seasons", season)) { await byMember.ShouldBeAsync(HttpStatusCode.Forbidden); }
        using (var backwards = await admin.PostAsJsonAsync("/api/admin/seasons", new { name = "Oops", startsOn = new DateOnly(2027, 5, 1), endsOn = new DateOnly(2027, 4, 1) }))
        {
            var problem = await backwards.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
            Assert.Contains("endsOn", problem.Errors.Keys);
        }

        using (var atTheEdge = await admin.PostAsJsonAsync("/api/admin/seasons", new { name = "Far", startsOn = DateOnly.MaxValue, endsOn = DateOnly.MaxValue }))
        {
            var problem = await atTheEdge.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
            Assert.Contains("endsOn", problem.Errors.Keys);
        }

        using (var unknown = await member.Client.GetAsync($"/api/leaderboards?period=season&seasonId={Guid.NewGuid()}"))
        {
            await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound, "season_not_found");
        }

        using var ok = await admin.PostAsJsonAsync("/api/admin/seasons", season);
        await ok.ShouldBeAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Given_a_season_moved_renamed_and_deleted_Then_its_board_is_recounted_from_the_ledger_and_then_gone()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var member = await factory.CreateMemberAsync();
        await admin.GrantAsync(member.Id, 40);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        using var created = await admin.PostAsJsonAsync("/api/admin/seasons", new { name = "Later", startsOn = today.AddDays(1), endsOn = today.AddDays(30) });
        var season = (await created.Content.ReadFromJsonAsync<SeasonBody>())!;
        Assert.Empty((await BoardAsync(member.Client, season.Id)).Items);

        using (var moved = await admin.PutAsJsonAsync($"/api/admin/seasons/{season.Id}", new { name = "Now", startsOn = today.AddDays(-1), endsOn = today.AddDays(30) }))
        {
            await moved.ShouldBeAsync(HttpStatusCode.OK);
            Assert.Equal(new SeasonBody(season.Id, "Now", today.AddDays(-1), today.AddDays(30)), await moved.Content.ReadFromJsonAsync<SeasonBody>());
        }

        Assert.Equal([(member.Id, 40L)], (await BoardAsync(member.Client, season.Id)).Items.Select(i => (i.UserId, i.Points)));
        await admin.GrantAsync(member.Id, 2);
        using (var renamed = await admin.PutAsJsonAsync($"/api/admin/seasons/{season.Id}", new { name = "Renamed", startsOn = today.AddDays(-1), endsOn = today.AddDays(30) }))
        {
            await renamed.ShouldBeAsync(HttpStatusCode.OK);
        }

        Assert.Equal([(member.Id, 42L)], (await BoardAsync(member.Client, season.Id)).Items.Select(i => (i.UserId, i.Points)));

        using (var deleted = await admin.DeleteAsync($"/api/admin/seasons/{season.Id}"))
        {
            await deleted.ShouldBeAsync(HttpStatusCode.NoContent);
        }

        Assert.DoesNotContain(await factory.CreateClient().GetFromJsonAsync<List<SeasonBody>>("/api/seasons") ?? [], s => s.Id == season.Id);
        using var gone = await member.Client.GetAsync($"/api/leaderboards?period=season&seasonId={season.Id}");
        await gone.ShouldBeProblemAsync(HttpStatusCode.NotFound, "season_not_found");
        Assert.Equal(42, (await member.Client.PointsAsync()).Balance);
    }

    [Fact]
    public async Task Given_each_actor_and_bad_input_Then_only_operators_change_or_delete_seasons()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var member = await factory.CreateMemberAsync();
        var body = new { name = "Spring", startsOn = new DateOnly(2027, 3, 1), endsOn = new DateOnly(2027, 5, 31) };
        using var created = await admin.PostAsJsonAsync("/api/admin/seasons", body);
        var path = $"/api/admin/seasons/{(await created.Content.ReadFromJsonAsync<SeasonBody>())!.Id}";

        using (var anonymous = await factory.CreateClient().PutAsJsonAsync(path, body)) { await anonymous.ShouldBeAsync(HttpStatusCode.Unauthorized); }
        using (var anonymousDelete = await factory.CreateClient().DeleteAsync(path)) { await anonymousDelete.ShouldBeAsync(HttpStatusCode.Unauthorized); }
        using (var byMember = await member.Client.PutAsJsonAsync(path, body)) { await byMember.ShouldBeAsync(HttpStatusCode.Forbidden); }
        using (var memberDelete = await member.Client.DeleteAsync(path)) { await memberDelete.ShouldBeAsync(HttpStatusCode.Forbidden); }
        using (var backwards = await admin.PutAsJsonAsync(path, new { name = "Oops", startsOn = new DateOnly(2027, 5, 1), endsOn = new DateOnly(2027, 4, 1) }))
        {
            var problem = await backwards.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
            Assert.Contains("endsOn", problem.Errors.Keys);
        }

        using (var unknown = await admin.PutAsJsonAsync($"/api/admin/seasons/{Guid.NewGuid()}", body)) { await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound, "season_not_found"); }
        using (var unknownDelete = await admin.DeleteAsync($"/api/admin/seasons/{Guid.NewGuid()}")) { await unknownDelete.ShouldBeProblemAsync(HttpStatusCode.NotFound, "season_not_found"); }
        using var ok = await admin.PutAsJsonAsync(path, body);
        await ok.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_parallel_edits_of_one_season_Then_each_succeeds_and_its_board_counts_every_member_once()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var members = new List<SignedInMember>();
        for (var i = 0; i < 3; i++)
        {
            members.Add(await factory.CreateMemberAsync());
            await admin.GrantAsync(members[^1].Id, 10 * (i + 1));
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        using var created = await admin.PostAsJsonAsync("/api/admin/seasons", new { name = "Busy", startsOn = today.AddDays(1), endsOn = today.AddDays(9) });
        var season = (await created.Content.ReadFromJsonAsync<SeasonBody>())!;

        var edits = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            using var response = await admin.PutAsJsonAsync($"/api/admin/seasons/{season.Id}", new { name = $"Busy {i}", startsOn = today.AddDays(-i % 2), endsOn = today.AddDays(9) });
            return response.StatusCode;
        }));

        Assert.All(edits, status => Assert.Equal(HttpStatusCode.OK, status));
        var board = await BoardAsync(admin, season.Id);
        Assert.Equal([30L, 20L, 10L], board.Items.Select(i => i.Points));
        Assert.Equal(3, board.Items.Select(i => i.UserId).Distinct().Count());
    }

    private static async Task<LeaderboardBody> BoardAsync(HttpClient client, Guid seasonId) =>
        (await client.GetFromJsonAsync<LeaderboardBody>($"/api/leaderboards?period=season&seasonId={seasonId}"))!;
}
