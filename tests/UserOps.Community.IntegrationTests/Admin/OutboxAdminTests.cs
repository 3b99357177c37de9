using System.Net;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.IntegrationTests.Infrastructure;
using UserOps.Community.IntegrationTests.Referrals;

namespace UserOps.Community.IntegrationTests.Admin;

public sealed class OutboxAdminTests
{
    [Fact]
    public async Task Given_a_handler_that_keeps_failing_Then_the_message_is_parked_and_a_retry_delivers_it()
    {
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.With("Outbox:MaxAttempts", 1));
        var admin = await factory.CreateAdminClientAsync();
        await factory.DrainOutboxAsync();
        var code = (await admin.CreateCampaignAsync("parked")).Code;
        factory.HandlerFailures.Fail = true;

        var member = await factory.CreateMemberAsync(inviteCode: code);
        await factory.DrainOutboxAsync();

        var parked = Assert.Single((await admin.GetOutboxAsync("failed")).Items);
        Assert.Equal(typeof(UserRegistered).FullName, parked.Type);
        Assert.Equal("Parked", parked.Status);
        Assert.Equal(1, parked.Attempts);
        Assert.Contains("Simulated handler failure", parked.LastError, StringComparison.Ordinal);

        factory.HandlerFailures.Fail = false;
        using var retried = await admin.PostAsync($"/api/admin/outbox/{parked.Id}/retry", null);
        await retried.ShouldBeAsync(HttpStatusCode.NoContent);
        await factory.DrainOutboxAsync();

        Assert.Empty((await admin.GetOutboxAsync("failed")).Items);
        Assert.Contains((await admin.GetOutboxAsync("processed")).Items, m => m.Id == parked.Id && m.ProcessedAt is not null);
        Assert.Single(factory.Events.Of<UserRegistered>(), e => e.UserId == member.Id && e.InviteCode == code);
    }

    [Fact]
    public async Task Given_a_message_that_is_not_parked_When_it_is_retried_Then_409_outbox_not_parked()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        await factory.CreateMemberAsync();
        await factory.DrainOutboxAsync();
        var processed = (await admin.GetOutboxAsync("processed")).Items[0];

        using var response = await admin.PostAsync($"/api/admin/outbox/{processed.Id}/retry", null);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "outbox_not_parked");
    }

    [Fact]
    public async Task Given_an_unknown_message_When_it_is_retried_Then_404_not_found()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();

        using var response = await admin.PostAsync("/api/admin/outbox/987654321/retry", null);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Given_an_unknown_status_filter_Then_400_validation_failed()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();

        using var response = await admin.GetAsync("/api/admin/outbox?status=exploded");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Given_delivered_events_Then_the_processed_list_shows_them_newest_first_and_pages_with_a_cursor()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var admin = await factory.CreateAdminClientAsync();
        for (var i = 0; i < 3; i++)
        {
            await factory.CreateMemberAsync();
        }

        await factory.DrainOutboxAsync();

        var all = await admin.GetOutboxAsync("processed");
        Assert.True(all.Items.Count >= 6, $"Expected registrations and sign-ins, got {all.Items.Count}");
        Assert.Equal(all.Items.OrderByDescending(m => m.Id).Select(m => m.Id), all.Items.Select(m => m.Id));
        Assert.All(all.Items, m => Assert.Equal("Processed", m.Status));

        var firstPage = await admin.GetFromJsonPageAsync("/api/admin/outbox?status=processed&limit=2");
        Assert.Equal(2, firstPage.Items.Count);
        Assert.NotNull(firstPage.NextCursor);
        var secondPage = await admin.GetFromJsonPageAsync($"/api/admin/outbox?status=processed&limit=2&cursor={firstPage.NextCursor}");
        Assert.Equal(all.Items.Skip(2).Take(2).Select(m => m.Id), secondPage.Items.Select(m => m.Id));
    }
}
