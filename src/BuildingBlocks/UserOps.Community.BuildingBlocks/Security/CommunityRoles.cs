namespace UserOps.Community.BuildingBlocks.Security;

public static class CommunityRoles
{
    public const string Member = "Member";
    public const string Moderator = "Moderator";
    public const string Operator = "Operator";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Member, Moderator, Operator, Admin];
}

public static class CommunityPolicies
{
    public const string Admin = "admin";
    public const string Operator = "operator";
    public const string Moderator = "moderator";
}
