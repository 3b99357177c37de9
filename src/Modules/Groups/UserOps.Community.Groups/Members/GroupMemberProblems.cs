namespace UserOps.Community.Groups.Members;

internal static class GroupMemberProblems
{
    public const string NotAMember = "not_a_member";
    public const string AlreadyMember = "already_member";
    public const string CannotChangeOwner = "cannot_change_owner";
}
