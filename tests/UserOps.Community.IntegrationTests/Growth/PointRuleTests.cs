using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Growth;

public sealed class PointRuleTests
{
    [Fact]
    public async Task Given_an_invalid_rule_Then_400_with_a_field_error_for_each_problem()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var from = new DateTime(2026, 12, 4, 16, 0, 0, DateTimeKind.Utc);

        using var response = await admin.PostAsJsonAsync(
            "/api/admin/point-rules",
            new RuleInput(Name: "", EventType: "ReferralActivated", Recipient: "actor", Points: 0, Multiplier: 11m, ActiveFrom: from, ActiveUntil: from));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["activeUntil", "multiplier", "name", "points", "recipient"], problem.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("For ReferralActivated the recipient must be one of: inviter, invitee.", Assert.Single(problem.Errors["recipient"]));
    }

    [Fact]
    public async Task Given_a_rule_created_updated_and_deleted_Then_each_change_is_audited_with_before_and_after()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var adminId = (await admin.GetFromJsonAsync<ProfileBody>("/api/me"))!.Id;

        var created = await admin.CreateRuleAsync(new RuleInput(Name: "Commenting bonus", EventType: "CommentPosted", Points: 3));
        var updated = await admin.UpdateRuleAsync(created.Id, new RuleInput(Name: "Commenting bonus", EventType: "CommentPosted", Points: 4, DailyCap: 20));
        Assert.Contains(await admin.GetFromJsonAsync<List<RuleBody>>("/api/admin/point-rules") ?? [], r => r.Id == created.Id && r.Points == 4);
        using (var deleted = await admin.DeleteAsync($"/api/admin/point-rules/{created.Id}"))
        {
            await deleted.ShouldBeAsync(HttpStatusCode.NoContent);
        }

        Assert.Equal((1, 2, 4, 20), (created.Version, updated.Version, updated.Points, updated.DailyCap));
        Assert.DoesNotContain(await admin.GetFromJsonAsync<List<RuleBody>>("/api/admin/point-rules") ?? [], r => r.Id == created.Id);
        var audit = (await admin.GetFromJsonAsync<List<RuleAuditBody>>($"/api/admin/point-rules/audit?ruleId={created.Id}"))!;
        Assert.Equal(["deleted", "updated", "created"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal(adminId, a.ActorId));
        var (create, update, delete) = (audit[2], audit[1], audit[0]);
        Assert.Null(create.Before);
        Assert.Equal(3, create.After!.Value.GetProperty("points").GetInt32());
        Assert.Equal(3, update.Before!.Value.GetProperty("points").GetInt32());
        Assert.Equal(4, update.After!.Value.GetProperty("points").GetInt32());
        Assert.Equal(2, update.After!.Value.GetProperty("version").GetInt32());
        Assert.Equal(4, delete.Before!.Value.GetProperty("points").GetInt32());
        Assert.Null(delete.After);

        using var missing = await admin.PutAsJsonAsync($"/api/admin/point-rules/{created.Id}", new RuleInput());
        await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound, "rule_not_found");
    }

    [Fact]
    public async Task Given_the_post_rule_changed_to_7_Then_the_next_post_earns_7()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var member = await factory.CreateMemberAsync();
        await member.Client.JoinAsync(group);
        await member.Client.PublishAsync(group);
        await factory.DrainOutboxAsync();

        await admin.UpdateRuleAsync(DefaultRules.Post, DefaultRules.PostInput with { Points = 7 });
        await member.Client.PublishAsync(group);
        await factory.DrainOutboxAsync();

        var (points, ledger) = await member.Client.AccountAsync();
        Assert.Equal(1 + 5 + 7, points.Xp);
        Assert.Equal([7, 5], ledger.Where(l => l.SourceType == "PostPublished").Select(l => l.Amount));
    }

    [Fact]
    public async Task Given_the_post_rule_disabled_Then_a_post_earns_nothing()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var member = await factory.CreateMemberAsync();
        await member.Client.JoinAsync(group);

        await admin.UpdateRuleAsync(DefaultRules.Post, DefaultRules.PostInput with { Enabled = false });
        await member.Client.PublishAsync(group);
        await factory.DrainOutboxAsync();

        Assert.Equal(1, (await member.Client.AccountAsync()).Points.Xp);
    }

    [Fact]
    public async Task Given_a_double_points_weekend_rule_Then_posts_inside_the_window_earn_the_bonus_and_posts_after_it_do_not()
    {
        var saturday = new DateTime(2027, 1, 2, 10, 0, 0, DateTimeKind.Utc);
        var clock = new FakeTimeProvider(new DateTimeOffset(saturday.AddDays(-2)));
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.Clock = clock);
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var member = await factory.CreateMemberAsync();
        await member.Client.JoinAsync(group);
        await admin.CreateRuleAsync(new RuleInput(
            Name: "Double points weekend", Points: 5, Multiplier: 2m, MinContentLength: 20, ActiveFrom: saturday.Date, ActiveUntil: saturday.Date.AddDays(2)));

        await member.Client.PublishAsync(group);
        clock.SetUtcNow(new DateTimeOffset(saturday));
        await (await factory.SignInAgainAsync(member)).PublishAsync(group);
        clock.SetUtcNow(new DateTimeOffset(saturday.Date.AddDays(2)));
        var monday = await factory.SignInAgainAsync(member);
        await monday.PublishAsync(group);
        await factory.DrainOutboxAsync();

        var (points, ledger) = await monday.AccountAsync();
        Assert.Equal(1 + 5 + 5 + 10 + 5, points.Xp);
        var bonus = Assert.Single(ledger, l => l.Reason == "Double points weekend");
        Assert.Equal((10, DateOnly.FromDateTime(saturday)), (bonus.Amount, bonus.LocalDate));
    }

    [Fact]
    public async Task Given_a_rule_scoped_to_one_group_Then_only_posts_in_that_group_earn_it()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var featured = await admin.CreateGroupAsync();
        var other = await admin.CreateGroupAsync();
        var member = await factory.CreateMemberAsync();
        await member.Client.JoinAsync(featured);
        await member.Client.JoinAsync(other);
        await admin.CreateRuleAsync(new RuleInput(Name: "Featured group post", Points: 3, GroupId: featured));

        await member.Client.PublishAsync(featured);
        await member.Client.PublishAsync(other);
        await factory.DrainOutboxAsync();

        var (points, ledger) = await member.Client.AccountAsync();
        Assert.Equal(2 + 5 + 5 + 3, points.Xp);
        Assert.Equal(featured, Assert.Single(ledger, l => l.Reason == "Featured group post").GroupId);
    }

    [Fact]
    public async Task Given_recorded_posts_Then_preview_replays_the_last_N_days_through_the_draft_rule_with_its_caps()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(DateTime.UtcNow.Date.AddDays(1).AddHours(9), TimeSpan.Zero));
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.Clock = clock);
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var busy = await factory.CreateMemberAsync();
        var quiet = await factory.CreateMemberAsync();
        await busy.Client.JoinAsync(group);
        await quiet.Client.JoinAsync(group);
        await busy.Client.PublishAsync(group);
        clock.Advance(TimeSpan.FromDays(10));
        var busyClient = await factory.SignInAgainAsync(busy);
        var quietClient = await factory.SignInAgainAsync(quiet);
        await busyClient.PublishAsync(group);
        await busyClient.PublishAsync(group);
        await busyClient.PublishAsync(group);
        await quietClient.PublishAsync(group, body: "Too short");
        await quietClient.PublishAsync(group);
        await factory.DrainOutboxAsync();

        using var response = await (await factory.CreateAdminClientAsync()).PostAsJsonAsync(
            "/api/admin/point-rules/preview",
            new { rule = new RuleInput(Name: "Draft", Points: 3, DailyCap: 5, MinContentLength: 20), days = 7 });

        await response.ShouldBeAsync(HttpStatusCode.OK);
        var preview = (await response.Content.ReadFromJsonAsync<PreviewBody>())!;
        Assert.Equal(new PreviewBody(7, ActivitiesConsidered: 5, Awards: 3, Members: 2, Points: 3 + 2 + 3), preview);
        Assert.Equal(1 + 5 + 5 + 5 + 5, (await busyClient.PointsAsync()).Xp);
    }

    [Fact]
    public async Task Given_a_preview_with_an_invalid_rule_or_days_Then_400_names_the_fields()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();

        using var response = await admin.PostAsJsonAsync("/api/admin/point-rules/preview", new { rule = new RuleInput(Points: 0), days = 91 });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["days", "rule.points"], problem.Errors.Keys.Order(StringComparer.Ordinal));
    }
}
