using Microsoft.Extensions.Time.Testing;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Growth;

public sealed class CapTests
{
    [Fact]
    public async Task Given_one_member_reacting_to_many_posts_Then_the_author_gets_5_that_day_and_more_after_the_authors_local_midnight()
    {
        // 15:00 UTC is 23:00 in Shanghai: 90 minutes later the author's day has changed, the UTC day has not.
        var clock = new FakeTimeProvider(new DateTimeOffset(DateTime.UtcNow.Date.AddDays(1).AddHours(15), TimeSpan.Zero));
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.Clock = clock);
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var author = await factory.CreateMemberAsync(timeZone: "Asia/Shanghai");
        var reactor = await factory.CreateMemberAsync();
        var other = await factory.CreateMemberAsync();
        await author.Client.JoinAsync(group);
        await reactor.Client.JoinAsync(group);
        await other.Client.JoinAsync(group);
        var posts = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            posts.Add(await author.Client.PublishAsync(group));
        }

        foreach (var post in posts.Take(7))
        {
            await reactor.Client.ReactAsync(post);
        }

        await other.Client.ReactAsync(posts[0]);
        await factory.DrainOutboxAsync();
        var sameDay = (await author.Client.AccountAsync()).Ledger.Where(l => l.SourceType == "ReactionAdded").ToList();
        Assert.Equal(6, sameDay.Sum(l => l.Amount));

        clock.Advance(TimeSpan.FromMinutes(90));
        await (await factory.SignInAgainAsync(reactor)).ReactAsync(posts[7]);
        await factory.DrainOutboxAsync();

        var ledger = (await (await factory.SignInAgainAsync(author)).AccountAsync()).Ledger.Where(l => l.SourceType == "ReactionAdded").ToList();
        Assert.Equal(7, ledger.Sum(l => l.Amount));
        var firstDay = DateOnly.FromDateTime(DateTime.UtcNow.Date.AddDays(1));
        Assert.Equal([(firstDay.AddDays(1), 1), (firstDay, 6)], ledger.GroupBy(l => l.LocalDate).Select(g => (g.Key, g.Sum(l => l.Amount))).OrderByDescending(g => g.Key));
    }

    [Fact]
    public async Task Given_eleven_posts_on_one_day_Then_the_post_rule_stops_at_its_daily_cap_of_50_and_resumes_the_next_day()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(DateTime.UtcNow.Date.AddDays(1).AddHours(8), TimeSpan.Zero));
        await using var factory = await CommunityApiFactory.CreateAsync(o => o.Clock = clock);
        var admin = await factory.CreateAdminClientAsync();
        var group = await admin.CreateGroupAsync();
        var member = await factory.CreateMemberAsync();
        await member.Client.JoinAsync(group);
        for (var i = 0; i < 11; i++)
        {
            await member.Client.PublishAsync(group);
        }

        await factory.DrainOutboxAsync();
        var (points, ledger) = await member.Client.AccountAsync();
        Assert.Equal(1 + 50, points.Xp);
        Assert.Equal(10, ledger.Count(l => l.SourceType == "PostPublished"));

        clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await factory.SignInAgainAsync(member);
        await nextDay.PublishAsync(group);
        await factory.DrainOutboxAsync();

        Assert.Equal(1 + 55, (await nextDay.AccountAsync()).Points.Xp);
    }
}
