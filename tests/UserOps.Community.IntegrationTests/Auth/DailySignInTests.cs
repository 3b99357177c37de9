using System.Net;
using Microsoft.Extensions.Time.Testing;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Auth;

public sealed class DailySignInTests
{
    [Fact]
    public async Task Given_two_sign_ins_on_one_Shanghai_day_and_one_after_Shanghai_midnight_Then_two_UserSignedIn_events()
    {
        // 15:00 UTC is 23:00 in Shanghai (UTC+8, no DST): the local day ends long before the UTC day does.
        var start = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(1).AddHours(15), TimeSpan.Zero);
        var clock = new FakeTimeProvider(start);
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.Clock = clock);
        var member = await factory.CreateMemberAsync(timeZone: "Asia/Shanghai");
        var client = factory.CreateClient();
        var firstLocalDay = DateOnly.FromDateTime(start.UtcDateTime);

        clock.Advance(TimeSpan.FromMinutes(30));
        await client.LoginForTokensAsync(member.Email, member.Password);
        await factory.DrainOutboxAsync();
        Assert.Equal([firstLocalDay], SignIns(factory, member));

        // 16:30 UTC, same UTC day, but 00:30 the next day in Shanghai.
        clock.Advance(TimeSpan.FromHours(1));
        await client.LoginForTokensAsync(member.Email, member.Password);
        await client.LoginForTokensAsync(member.Email, member.Password);
        await factory.DrainOutboxAsync();

        Assert.Equal(firstLocalDay, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        Assert.Equal([firstLocalDay, firstLocalDay.AddDays(1)], SignIns(factory, member));
    }

    [Fact]
    public async Task Given_sign_ins_either_side_of_UTC_midnight_within_one_Shanghai_day_Then_one_UserSignedIn_event()
    {
        // 23:30 UTC is 07:30 the next morning in Shanghai; 00:30 UTC the following day is 08:30 the same Shanghai morning.
        var start = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(1).AddHours(23).AddMinutes(30), TimeSpan.Zero);
        var clock = new FakeTimeProvider(start);
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.Clock = clock);
        var member = await factory.CreateMemberAsync(timeZone: "Asia/Shanghai");
        var client = factory.CreateClient();

        clock.Advance(TimeSpan.FromHours(1));
        await client.LoginForTokensAsync(member.Email, member.Password);
        await factory.DrainOutboxAsync();

        var shanghaiDay = DateOnly.FromDateTime(start.UtcDateTime).AddDays(1);
        Assert.Equal([shanghaiDay], SignIns(factory, member));
    }

    [Fact]
    public async Task Given_a_failed_sign_in_Then_no_UserSignedIn_event()
    {
        await using var factory = await CommunityApiFactory.CreateAsync();
        var email = ApiClient.NewEmail();
        var client = factory.CreateClient();
        using var registered = await client.RegisterAsync(ApiClient.Registration(email));
        await registered.ShouldBeAsync(HttpStatusCode.Created);

        using var failed = await client.LoginAsync(email, "Wrong!Passw0rd");
        await failed.ShouldBeAsync(HttpStatusCode.Unauthorized);
        await factory.DrainOutboxAsync();

        Assert.Empty(factory.Events.Of<UserSignedIn>());
    }

    private static List<DateOnly> SignIns(CommunityApiFactory factory, SignedInMember member) =>
        [.. factory.Events.Of<UserSignedIn>().Where(e => e.UserId == member.Id).Select(e => e.LocalDate)];
}
