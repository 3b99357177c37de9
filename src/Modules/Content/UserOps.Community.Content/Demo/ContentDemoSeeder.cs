using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Seeding;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Content.Domain;
using UserOps.Community.Content.Posts;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Content.Demo;

internal sealed class ContentDemoSeeder(CommunityDbContext db, IUserDirectory users, IGroupAccessQuery groups, PostPublisher publisher) : IDemoSeeder
{
    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Post>().AnyAsync(cancellationToken))
        {
            return;
        }

        var alice = await users.FindByEmailAsync("alice@demo.local", cancellationToken);
        var lihua = await users.FindByEmailAsync("lihua@demo.local", cancellationToken);
        if (alice is null || lihua is null)
        {
            return;
        }

        var aliceGroups = await groups.GetMemberGroupIdsAsync(alice.Id, cancellationToken);
        foreach (var groupId in aliceGroups)
        {
            if (await groups.GetAsync(groupId, new Viewer(alice.Id, false), cancellationToken) is not { CanContribute: true } access)
            {
                continue;
            }

            publisher.Publish(groupId, access.IsPublic, alice.Id, "Welcome! Introduce yourself", "Tell us **who you are** and what brought you here. 👋", ["welcome"]);
            publisher.Publish(groupId, access.IsPublic, lihua.Id, "大家好，我是李华", "很高兴加入这个社区！我喜欢摄影和读书。欢迎交流 📷📚", ["介绍", "welcome"]);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
