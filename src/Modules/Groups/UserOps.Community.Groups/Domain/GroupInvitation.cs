namespace UserOps.Community.Groups.Domain;

/// <summary>Lets one member join an invite-only group (or skip approval).</summary>
internal sealed class GroupInvitation
{
    public Guid GroupId { get; init; }

    public Guid UserId { get; init; }

    public Guid InvitedBy { get; init; }

    public DateTime CreatedAt { get; init; }
}
