using System.Reflection;
using Microsoft.AspNetCore.Mvc.Testing;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Platform;

/// <summary>The test host itself: tests sign members up in parallel, so creating clients must be safe from many threads.</summary>
public sealed class TestFactoryTests
{
    private const int Clients = 20_000;

    [Fact]
    public async Task Given_a_started_factory_When_many_threads_create_clients_at_once_Then_the_factory_tracks_every_one_and_disposes_cleanly()
    {
        var factory = await CommunityApiFactory.CreateAsync();
        using var first = await factory.CreateClient().GetAsync("/health/live");

        Parallel.For(0, Clients, _ => factory.CreateClient());

        // The base factory disposes the clients it tracked; a lost or null entry is what broke DisposeAsync in CI.
        var tracked = TrackedClients(factory);
        Assert.Equal(Clients + 1, tracked.Count);
        Assert.DoesNotContain(null, tracked);
        await factory.DisposeAsync();
    }

    private static List<HttpClient> TrackedClients(CommunityApiFactory factory)
    {
        var field = typeof(WebApplicationFactory<Program>).GetField("_clients", BindingFlags.Instance | BindingFlags.NonPublic);
        Assert.NotNull(field);
        return (List<HttpClient>)field.GetValue(factory)!;
    }
}
