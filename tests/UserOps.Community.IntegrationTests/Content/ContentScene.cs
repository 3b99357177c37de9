using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Content;

/// <summary>Who calls a Content route in the authorisation matrix.</summary>
public enum Actor
{
    Anonymous,
    NonMember,
    Member,
    GroupModerator,
    Owner,
    SiteModerator,
}

/// <summary>
/// A group with one member of each kind: its owner (a privileged member), a group moderator promoted by the
/// owner, a plain member (the author of the content under test), a signed-in outsider, a site moderator who
/// has not joined, and an anonymous client.
/// </summary>
public sealed class ContentScene
{
    private ContentScene(
        CommunityApiFactory factory, HttpClient admin, SignedInMember owner, SignedInMember groupModerator, SignedInMember member,
        SignedInMember nonMember, SignedInMember siteModerator, Guid groupId)
    {
        Factory = factory;
        Admin = admin;
        Owner = owner;
        GroupModerator = groupModerator;
        Member = member;
        NonMember = nonMember;
        SiteModerator = siteModerator;
        GroupId = groupId;
        Anonymous = factory.CreateClient();
    }

    public CommunityApiFactory Factory { get; }

    public HttpClient Admin { get; }

    public SignedInMember Owner { get; }

    public SignedInMember GroupModerator { get; }

    public SignedInMember Member { get; }

    public SignedInMember NonMember { get; }

    public SignedInMember SiteModerator { get; }

    public HttpClient Anonymous { get; }

    public Guid GroupId { get; }

    public static async Task<ContentScene> CreateAsync(CommunityApiFactory factory, bool isPrivate)
    {
        var admin = await factory.CreateAdminClientAsync();
        var owner = await factory.CreatePrivilegedMemberAsync(admin);
        var groupModerator = await factory.CreateMemberAsync();
        var member = await factory.CreateMemberAsync();
        var nonMember = await factory.CreateMemberAsync();
        var siteModerator = await factory.CreateSiteModeratorAsync(admin);

        var groupId = isPrivate ? await owner.Client.CreateGroupAsync("private", "invite") : await owner.Client.CreateGroupAsync();
        foreach (var joining in new[] { groupModerator, member })
        {
            if (isPrivate)
            {
                await owner.Client.InviteAndJoinAsync(groupId, joining);
            }
            else
            {
                await joining.Client.JoinAsync(groupId);
            }
        }

        await owner.Client.PromoteAsync(groupId, groupModerator.Id);
        return new ContentScene(factory, admin, owner, groupModerator, member, nonMember, siteModerator, groupId);
    }

    public HttpClient ClientOf(Actor actor) => actor switch
    {
        Actor.Anonymous => Anonymous,
        Actor.NonMember => NonMember.Client,
        Actor.Member => Member.Client,
        Actor.GroupModerator => GroupModerator.Client,
        Actor.Owner => Owner.Client,
        _ => SiteModerator.Client,
    };
}
