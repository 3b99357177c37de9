using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.Groups.Contracts;

namespace UserOps.Community.Groups.Domain;

internal enum GroupVisibility
{
    Public = 0,
    Private = 1,
}

internal enum JoinPolicy
{
    Open = 0,
    Approval = 1,
    Invite = 2,
}

internal sealed class Group : AggregateRoot
{
    private Group()
    {
    }

    public string Name { get; private set; } = string.Empty;

    public string Slug { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    public GroupVisibility Visibility { get; private set; }

    public JoinPolicy JoinPolicy { get; private set; }

    public List<string> Tags { get; private set; } = [];

    public Guid OwnerId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ArchivedAt { get; private set; }

    public int MemberCount { get; private set; }

    public int PostCount { get; private set; }

    public bool IsPublic => Visibility == GroupVisibility.Public;

    public bool IsArchived => ArchivedAt is not null;

    public static Group Create(GroupSettings settings, string slug, Guid ownerId, DateTime now)
    {
        var group = new Group
        {
            Slug = slug,
            OwnerId = ownerId,
            CreatedAt = now,
            MemberCount = 1,
        };
        group.Apply(settings);
        group.Raise(new GroupCreated(group.Id, group.Name, slug, group.IsPublic, ownerId) { OccurredAt = now });
        group.Raise(new MemberJoined(group.Id, ownerId, JoinVia.Created) { OccurredAt = now });
        return group;
    }

    public void Update(GroupSettings settings, DateTime now)
    {
        Apply(settings);
        Raise(new GroupUpdated(Id, IsPublic, IsArchived) { OccurredAt = now });
    }

    public void Archive(DateTime now)
    {
        ArchivedAt ??= now;
        Raise(new GroupUpdated(Id, IsPublic, IsArchived) { OccurredAt = now });
    }

    /// <summary>For bulk creation (demo data) before the group is first saved; live joins count in SQL.</summary>
    public void AddToMemberCount(int members) => MemberCount += members;

    public void TransferOwnership(Guid newOwnerId) => OwnerId = newOwnerId;

    public void RecordJoined(Guid userId, string via, DateTime now) =>
        Raise(new MemberJoined(Id, userId, via) { OccurredAt = now });

    public void RecordLeft(Guid userId, DateTime now) => Raise(new MemberLeft(Id, userId) { OccurredAt = now });

    public void RecordRemoved(Guid userId, Guid removedBy, DateTime now) =>
        Raise(new MemberRemoved(Id, userId, removedBy) { OccurredAt = now });

    public void RecordJoinRequested(Guid requestId, Guid userId, DateTime now) =>
        Raise(new JoinRequested(Id, requestId, userId) { OccurredAt = now });

    public void RecordJoinRequestDecided(Guid requestId, Guid userId, bool approved, Guid decidedBy, DateTime now) =>
        Raise(new JoinRequestDecided(Id, requestId, userId, approved, decidedBy) { OccurredAt = now });

    public void RecordInvited(Guid userId, Guid invitedBy, DateTime now) =>
        Raise(new MemberInvited(Id, userId, invitedBy) { OccurredAt = now });

    public void RecordRoleChanged(Guid userId, GroupRole role, Guid changedBy, DateTime now) =>
        Raise(new GroupRoleChanged(Id, userId, role, changedBy) { OccurredAt = now });

    private void Apply(GroupSettings settings)
    {
        Name = settings.Name;
        Description = settings.Description;
        Visibility = settings.Visibility;
        JoinPolicy = settings.JoinPolicy;
        Tags = [.. settings.Tags];
    }
}

internal sealed record GroupSettings(string Name, string Description, GroupVisibility Visibility, JoinPolicy JoinPolicy, IReadOnlyList<string> Tags);

internal static class JoinVia
{
    public const string Created = "created";
    public const string Open = "open";
    public const string Approval = "approval";
    public const string Invitation = "invitation";
    public const string Referral = "referral";
}
