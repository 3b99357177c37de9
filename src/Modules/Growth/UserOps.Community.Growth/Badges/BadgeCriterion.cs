using System.Text.Json;

namespace UserOps.Community.Growth.Badges;

/// <summary>One comparison: metric (optionally in a group or over the last N days) compared with a threshold.</summary>
internal sealed record BadgeCondition(string Metric, string Comparison, long Threshold, Guid? GroupId = null, int? WindowDays = null)
{
    public bool Holds(long value) => Comparison switch
    {
        "gt" => value > Threshold,
        "eq" => value == Threshold,
        "lte" => value <= Threshold,
        "lt" => value < Threshold,
        _ => value >= Threshold,
    };

    /// <summary>How far along a member is, 0 to 1, for "at least" style conditions.</summary>
    public double Progress(long value) => Comparison is "gte" or "gt"
        ? Math.Clamp(Threshold <= 0 ? 1 : (double)value / (Comparison == "gt" ? Threshold + 1 : Threshold), 0, 1)
        : Holds(value) ? 1 : 0;
}

/// <summary>A criterion tree: conditions and nested criteria combined with AND or OR. Built by operators, never SQL.</summary>
internal sealed record BadgeCriterion(string Operator, IReadOnlyList<BadgeCondition> Conditions, IReadOnlyList<BadgeCriterion>? Children = null)
{
    public static readonly IReadOnlyList<string> Comparisons = ["gte", "gt", "eq", "lte", "lt"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool IsAny => string.Equals(Operator, "or", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<BadgeCondition> AllConditions() =>
        Conditions.Concat((Children ?? []).SelectMany(c => c.AllConditions()));

    public bool Holds(Func<BadgeCondition, long> valueOf)
    {
        var results = Conditions.Select(c => c.Holds(valueOf(c))).Concat((Children ?? []).Select(c => c.Holds(valueOf)));
        return IsAny ? results.Any(r => r) : results.All(r => r);
    }

    public double Progress(Func<BadgeCondition, long> valueOf)
    {
        var parts = Conditions.Select(c => c.Progress(valueOf(c))).Concat((Children ?? []).Select(c => c.Progress(valueOf))).ToList();
        return parts.Count == 0 ? 0 : IsAny ? parts.Max() : parts.Min();
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static BadgeCriterion? FromJson(string? json) => json is null ? null : JsonSerializer.Deserialize<BadgeCriterion>(json, Json);
}
