using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Seeding;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Groups.Domain;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Groups.Demo;

internal sealed class GroupsDemoSeeder(CommunityDbContext db, IUserDirectory users, TimeProvider timeProvider) : IDemoSeeder
{
    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Group>().AnyAsync(cancellationToken))
        {
            return;
        }

        var alice = await users.FindByEmailAsync("alice@demo.local", cancellationToken);
        var bob = await users.FindByEmailAsync("bob@demo.local", cancellationToken);
        var lihua = await users.FindByEmailAsync("lihua@demo.local", cancellationToken);
        if (alice is null || bob is null || lihua is null)
        {
            return;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        Add(new GroupSettings("Photography 摄影", "Share your shots and get feedback. 分享照片，互相点评。", GroupVisibility.Public, JoinPolicy.Open, ["photography", "摄影"]),
            "photography", alice.Id, [bob.Id, lihua.Id], now);
        Add(new GroupSettings("Book Club 读书会", "One book a month, discussed together. 每月一书。", GroupVisibility.Public, JoinPolicy.Approval, ["books", "读书"]),
            "book-club", lihua.Id, [alice.Id], now.AddSeconds(1));
        Add(new GroupSettings("Core Team", "Private planning for community volunteers.", GroupVisibility.Private, JoinPolicy.Invite, ["team"]),
            "core-team", bob.Id, [alice.Id], now.AddSeconds(2));
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Add(GroupSettings settings, string slug, Guid ownerId, IReadOnlyList<Guid> memberIds, DateTime now)
    {
        var group = Group.Create(settings, slug, ownerId, now);
        db.Add(group);
        db.Add(new GroupMember { GroupId = group.Id, UserId = ownerId, Role = GroupRole.Owner, JoinedAt = now });
        foreach (var memberId in memberIds)
        {
            db.Add(new GroupMember { GroupId = group.Id, UserId = memberId, Role = GroupRole.Member, JoinedAt = now });
            group.RecordJoined(memberId, JoinVia.Open, now);
        }

        group.AddToMemberCount(memberIds.Count);
    }
}
