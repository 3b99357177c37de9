using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using UserOps.Community.IntegrationTests.Growth;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Rewards;

public sealed record RewardBody(Guid Id, string Name, int Cost, int? Stock);

public sealed record RedemptionBody(Guid Id, Guid RewardId, Guid UserId, int Cost, string Status);

public sealed class RewardShopTests
{
    [Fact]
    public async Task Given_balance_for_three_When_50_redemptions_race_Then_exactly_three_succeed_and_the_balance_never_goes_negative()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var reward = await admin.CreateRewardAsync(cost: 10);
        var member = await factory.CreateMemberAsync();
        await admin.GrantAsync(member.Id, 35);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => member.Client.RedeemAsync(reward.Id, Guid.NewGuid().ToString())));

        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "insufficient_balance");
        }

        var (points, ledger) = await member.Client.AccountAsync();
        Assert.Equal(5, points.Balance);
        Assert.Equal(3, ledger.Count(l => l.Kind == "spent"));
        Assert.Equal(3, (await member.Client.GetFromJsonAsync<List<RedemptionBody>>("/api/me/redemptions"))!.Count);
    }

    [Fact]
    public async Task Given_five_in_stock_When_20_members_redeem_at_once_Then_five_get_it_and_stock_ends_at_zero()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var reward = await admin.CreateRewardAsync(cost: 10, stock: 5);
        var members = new List<SignedInMember>();
        for (var i = 0; i < 20; i++)
        {
            var member = await factory.CreateMemberAsync();
            await admin.GrantAsync(member.Id, 100);
            members.Add(member);
        }

        var responses = await Task.WhenAll(members.Select(m => m.Client.RedeemAsync(reward.Id, "only-once")));

        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(15, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var all = await admin.GetFromJsonAsync<List<RewardBody>>("/api/admin/rewards");
        Assert.Equal(0, all!.Single(r => r.Id == reward.Id).Stock);
    }

    [Fact]
    public async Task Given_the_same_idempotency_key_Then_the_first_result_is_returned_and_points_are_spent_once()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var reward = await admin.CreateRewardAsync(cost: 10);
        var other = await admin.CreateRewardAsync(cost: 10);
        var member = await factory.CreateMemberAsync();
        await admin.GrantAsync(member.Id, 100);

        using var first = await member.Client.RedeemAsync(reward.Id, "key-1");
        await first.ShouldBeAsync(HttpStatusCode.Created);
        using var again = await member.Client.RedeemAsync(reward.Id, "key-1");
        await again.ShouldBeAsync(HttpStatusCode.OK);
        using var elsewhere = await member.Client.RedeemAsync(other.Id, "key-1");
        await elsewhere.ShouldBeProblemAsync(HttpStatusCode.Conflict, "idempotency_key_reused");
        using var withoutKey = await member.Client.PostAsync($"/api/rewards/{reward.Id}/redeem", null);
        await withoutKey.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "idempotency_key_required");

        Assert.Equal((await first.Content.ReadFromJsonAsync<RedemptionBody>())!.Id, (await again.Content.ReadFromJsonAsync<RedemptionBody>())!.Id);
        Assert.Equal(90, (await member.Client.PointsAsync()).Balance);
    }

    [Fact]
    public async Task Given_a_cancelled_redemption_Then_points_are_refunded_stock_restored_and_a_second_decision_is_refused()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var reward = await admin.CreateRewardAsync(cost: 30, stock: 1);
        var member = await factory.CreateMemberAsync();
        await admin.GrantAsync(member.Id, 30);
        using var redeemed = await member.Client.RedeemAsync(reward.Id, "k");
        var redemption = (await redeemed.Content.ReadFromJsonAsync<RedemptionBody>())!;
        Assert.Equal(0, (await member.Client.PointsAsync()).Balance);

        using var cancelled = await admin.PostAsJsonAsync($"/api/admin/redemptions/{redemption.Id}/cancel", new { note = "Out of size" });
        await cancelled.ShouldBeAsync(HttpStatusCode.OK);
        using var twice = await admin.PostAsJsonAsync($"/api/admin/redemptions/{redemption.Id}/fulfil", new { });
        await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict, "redemption_already_decided");

        var (points, ledger) = await member.Client.AccountAsync();
        Assert.Equal(30, points.Balance);
        Assert.Equal(30, points.Xp);
        Assert.Contains(ledger, l => l.Kind == "refunded" && l.Amount == 30);
        Assert.Equal(1, (await admin.GetFromJsonAsync<List<RewardBody>>("/api/admin/rewards"))!.Single(r => r.Id == reward.Id).Stock);
    }

    [Fact]
    public async Task Given_a_reward_with_a_minimum_level_Then_lower_members_are_refused_with_the_level_needed()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var reward = await admin.CreateRewardAsync(cost: 10, minimumLevel: 3);
        var member = await factory.CreateMemberAsync();
        await admin.GrantAsync(member.Id, 100);

        using var refused = await member.Client.RedeemAsync(reward.Id, "a");
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "level_required");
        Assert.Equal(3, problem.Body.GetProperty("requiredLevel").GetInt32());

        await admin.GrantAsync(member.Id, 50);
        using var allowed = await member.Client.RedeemAsync(reward.Id, "b");
        await allowed.ShouldBeAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Given_each_actor_Then_shop_routes_answer_401_403_or_success()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        var reward = await admin.CreateRewardAsync(cost: 1);
        var member = await factory.CreateMemberAsync();
        var anonymous = factory.CreateClient();

        using (var response = await anonymous.GetAsync("/api/rewards")) { await response.ShouldBeAsync(HttpStatusCode.OK); }
        using (var response = await anonymous.PostAsync($"/api/rewards/{reward.Id}/redeem", null)) { await response.ShouldBeAsync(HttpStatusCode.Unauthorized); }
        using (var response = await anonymous.GetAsync("/api/me/redemptions")) { await response.ShouldBeAsync(HttpStatusCode.Unauthorized); }
        foreach (var path in new[] { "/api/admin/rewards", "/api/admin/redemptions" })
        {
            using var forAnonymous = await anonymous.GetAsync(path);
            await forAnonymous.ShouldBeAsync(HttpStatusCode.Unauthorized);
            using var forMember = await member.Client.GetAsync(path);
            await forMember.ShouldBeAsync(HttpStatusCode.Forbidden);
            using var forAdmin = await admin.GetAsync(path);
            await forAdmin.ShouldBeAsync(HttpStatusCode.OK);
        }

        using var create = await member.Client.PostAsJsonAsync("/api/admin/rewards", new { name = "x", cost = 1 });
        await create.ShouldBeAsync(HttpStatusCode.Forbidden);
        using var invalid = await admin.PostAsJsonAsync("/api/admin/rewards", new { name = "", cost = 0 });
        var problem = await invalid.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("cost", problem.Errors.Keys);
        using var missing = await member.Client.RedeemAsync(Guid.NewGuid(), "z");
        await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound, "reward_not_found");
    }
}

public static class RewardApi
{
    public static async Task<RewardBody> CreateRewardAsync(this HttpClient admin, int cost, int? stock = null, int? minimumLevel = null)
    {
        using var response = await admin.PostAsJsonAsync("/api/admin/rewards", new { name = $"Mug {Guid.NewGuid():N}"[..12], cost, stock, minimumLevel });
        await response.ShouldBeAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<RewardBody>())!;
    }

    public static Task<HttpResponseMessage> RedeemAsync(this HttpClient client, Guid rewardId, string idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/rewards/{rewardId}/redeem");
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }
}
