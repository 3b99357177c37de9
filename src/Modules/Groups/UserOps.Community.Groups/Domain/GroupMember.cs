using UserOps.Community.Groups.Contracts;

namespace UserOps.Community.Groups.Domain;

internal sealed class GroupMember
{
    public Guid GroupId { get; init; }

    public Guid UserId { get; init; }

    public GroupRole Role { get; set; }

    public DateTime JoinedAt { get; init; }
}
