namespace UserOps.Community.Content.Domain;

/// <summary>Denormalised per-kind counts on a post or comment, changed only by SQL increments.</summary>
internal sealed class ReactionCounts
{
    public int Like { get; set; }

    public int Love { get; set; }

    public int Insightful { get; set; }

    public int Funny { get; set; }

    public int Celebrate { get; set; }

    public int Total => Like + Love + Insightful + Funny + Celebrate;

    public IReadOnlyDictionary<string, int> ToDictionary() => new Dictionary<string, int>
    {
        [ReactionKinds.Like] = Like,
        [ReactionKinds.Love] = Love,
        [ReactionKinds.Insightful] = Insightful,
        [ReactionKinds.Funny] = Funny,
        [ReactionKinds.Celebrate] = Celebrate,
    };
}
