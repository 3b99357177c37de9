using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Engine;

/// <summary>The engine's limits applied in memory to a stream of activities: what a draft rule would have given.</summary>
internal sealed class RuleSimulation(PointRule rule)
{
    private readonly Dictionary<(Guid, DateOnly), int> _daily = [];
    private readonly Dictionary<(Guid, DateOnly, Guid), int> _perActor = [];
    private readonly Dictionary<Guid, int> _total = [];
    private readonly Dictionary<Guid, DateTime> _last = [];

    public int Awards { get; private set; }

    public long Points { get; private set; }

    public int Members => _total.Count(t => t.Value > 0);

    public int Offer(Activity activity, Guid recipient, DateOnly localDate)
    {
        if (!RuleLimits.Applies(rule, activity, recipient)
            || RuleLimits.InCooldown(rule, _last.TryGetValue(recipient, out var last) ? last : null, activity.OccurredAt))
        {
            return 0;
        }

        var amount = RuleLimits.Capped(rule.AmountPerAward, rule.DailyCap, _daily.GetValueOrDefault((recipient, localDate)));
        amount = RuleLimits.Capped(amount, rule.PerActorDailyCap, _perActor.GetValueOrDefault((recipient, localDate, activity.ActorId)));
        amount = RuleLimits.Capped(amount, rule.TotalCap, _total.GetValueOrDefault(recipient));
        if (amount <= 0)
        {
            return 0;
        }

        _daily[(recipient, localDate)] = _daily.GetValueOrDefault((recipient, localDate)) + amount;
        _perActor[(recipient, localDate, activity.ActorId)] = _perActor.GetValueOrDefault((recipient, localDate, activity.ActorId)) + amount;
        _total[recipient] = _total.GetValueOrDefault(recipient) + amount;
        _last[recipient] = activity.OccurredAt;
        Awards++;
        Points += amount;
        return amount;
    }
}
