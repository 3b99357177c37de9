using UserOps.Community.BuildingBlocks.Events;

namespace UserOps.Community.Content.Contracts;

/// <summary>What a reaction or removal applies to.</summary>
public enum ContentKind
{
    /// <summary>A post in a group.</summary>
    Post = 0,

    /// <summary>A comment or reply on a post.</summary>
    Comment = 1,
}

/// <summary>A member published a post. <see cref="BodyLength"/> lets rules ignore very short content.</summary>
public sealed record PostPublished(Guid PostId, Guid GroupId, Guid AuthorId, string Title, IReadOnlyList<string> Tags, int BodyLength) : IntegrationEvent;

/// <summary>The author edited a post.</summary>
public sealed record PostEdited(Guid PostId, Guid GroupId, Guid AuthorId) : IntegrationEvent;

/// <summary>A post was removed by its author or a moderator; rewards for it are reversed.</summary>
public sealed record PostRemoved(Guid PostId, Guid GroupId, Guid AuthorId, Guid RemovedBy, string? Reason) : IntegrationEvent;

/// <summary>A moderator pinned, unpinned, locked or unlocked a post.</summary>
public sealed record PostModerated(Guid PostId, Guid GroupId, Guid AuthorId, bool IsPinned, bool IsLocked, Guid ModeratorId) : IntegrationEvent;

/// <summary>A member commented on a post, or replied to a comment (<see cref="ParentCommentId"/>).</summary>
public sealed record CommentPosted(
    Guid CommentId, Guid PostId, Guid GroupId, Guid AuthorId, Guid PostAuthorId, Guid? ParentCommentId, Guid? ParentAuthorId, int BodyLength) : IntegrationEvent;

/// <summary>A comment was removed by its author or a moderator.</summary>
public sealed record CommentRemoved(Guid CommentId, Guid PostId, Guid GroupId, Guid AuthorId, Guid RemovedBy, string? Reason) : IntegrationEvent;

/// <summary>A member reacted to a post or comment; <see cref="ContentAuthorId"/> is who may be rewarded.</summary>
public sealed record ReactionAdded(
    ContentKind TargetKind, Guid TargetId, Guid PostId, Guid GroupId, Guid ReactorId, Guid ContentAuthorId, string Reaction) : IntegrationEvent;

/// <summary>A member withdrew a reaction; a reward for it is reversed.</summary>
public sealed record ReactionRemoved(
    ContentKind TargetKind, Guid TargetId, Guid PostId, Guid GroupId, Guid ReactorId, Guid ContentAuthorId, string Reaction) : IntegrationEvent;

/// <summary>A member was @mentioned in a post or comment of a group they belong to.</summary>
public sealed record UserMentioned(Guid MentionedUserId, Guid MentionedBy, Guid GroupId, Guid PostId, Guid? CommentId) : IntegrationEvent;
