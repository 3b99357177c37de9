using UserOps.Community.Groups.Contracts;
using UserOps.Community.Groups.Domain;

namespace UserOps.Community.Groups;

internal sealed record GroupResponse(
    Guid Id,
    string Name,
    string Slug,
    string Description,
    string Visibility,
    string JoinPolicy,
    IReadOnlyList<string> Tags,
    Guid OwnerId,
    int MemberCount,
    int PostCount,
    DateTime CreatedAt,
    bool Archived,
    string? MyRole)
{
    public static GroupResponse From(Group group, GroupRole? myRole) => new(
        group.Id,
        group.Name,
        group.Slug,
        group.Description,
        GroupSettingsText.Visibility(group.Visibility),
        GroupSettingsText.JoinPolicy(group.JoinPolicy),
        group.Tags,
        group.OwnerId,
        group.MemberCount,
        group.PostCount,
        group.CreatedAt,
        group.IsArchived,
        myRole is { } role ? GroupSettingsText.Role(role) : null);
}

/// <summary>The API's lowercase words for group settings, both ways.</summary>
internal static class GroupSettingsText
{
    public static readonly IReadOnlyList<string> Visibilities = ["public", "private"];
    public static readonly IReadOnlyList<string> JoinPolicies = ["open", "approval", "invite"];
    public static readonly IReadOnlyList<string> Roles = ["member", "moderator"];

    public static string Visibility(GroupVisibility visibility) => visibility == GroupVisibility.Public ? "public" : "private";

    public static string JoinPolicy(JoinPolicy policy) => policy switch
    {
        Domain.JoinPolicy.Open => "open",
        Domain.JoinPolicy.Approval => "approval",
        _ => "invite",
    };

    public static string Role(GroupRole role) => role.ToString().ToLowerInvariant();

    public static GroupVisibility ParseVisibility(string value) =>
        value == "private" ? GroupVisibility.Private : GroupVisibility.Public;

    public static JoinPolicy ParseJoinPolicy(string value) => value switch
    {
        "approval" => Domain.JoinPolicy.Approval,
        "invite" => Domain.JoinPolicy.Invite,
        _ => Domain.JoinPolicy.Open,
    };
}
