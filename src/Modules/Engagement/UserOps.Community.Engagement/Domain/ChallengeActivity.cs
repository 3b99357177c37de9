namespace UserOps.Community.Engagement.Domain;

/// <summary>One content event counted toward an activity challenge; the key makes redelivered events count once.</summary>
internal sealed class ChallengeActivity
{
    public Guid ChallengeId { get; init; }

    public Guid MemberId { get; init; }

    public Guid EventId { get; init; }

    public DateTime OccurredAt { get; init; }

    /// <summary>What was counted (<see cref="ActivitySources"/>), so its removal can take the count back.</summary>
    public string? Source { get; init; }
}

/// <summary>Names of counted content: a member has at most one live reaction of a kind on a target.</summary>
internal static class ActivitySources
{
    public static string Post(Guid postId) => $"post:{postId:N}";

    public static string Comment(Guid commentId) => $"comment:{commentId:N}";

    public static string Reaction(Guid targetId, string kind) => $"reaction:{targetId:N}:{kind}";
}
