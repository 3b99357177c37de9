using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Batching;

/// <summary>
/// Per delivery, what each rule already gave a locked member (for caps and cooldowns): read once, then kept current
/// by the delivery's own entries, so a member touched by many events of a batch costs one query per cap, not one per event.
/// </summary>
internal sealed class RuleUsage
{
    private readonly Dictionary<(Guid UserId, Guid RuleId, DateOnly? Day, Guid? Actor), int> _net = [];
    private readonly Dictionary<(Guid UserId, Guid RuleId), List<(Guid UserId, Guid RuleId, DateOnly? Day, Guid? Actor)>> _netKeys = [];
    private readonly Dictionary<(Guid UserId, Guid RuleId), DateTime?> _lastAward = [];

    // Days whose per-actor sums were all read: an actor missing there has given nothing yet.
    private readonly HashSet<(Guid UserId, Guid RuleId, DateOnly Day)> _loadedDays = [];

    public bool TryGetNet(Guid userId, Guid ruleId, DateOnly? day, Guid? actor, out int net)
    {
        if (_net.TryGetValue((userId, ruleId, day, actor), out net))
        {
            return true;
        }

        if (day is { } loaded && actor is not null && _loadedDays.Contains((userId, ruleId, loaded)))
        {
            SetNet(userId, ruleId, day, actor, 0);
            return true;
        }

        return false;
    }

    public bool HasDay(Guid userId, Guid ruleId, DateOnly day) => _loadedDays.Contains((userId, ruleId, day));

    /// <summary>Caches a day's net per actor and in total, read with one grouped query.</summary>
    public void SetDay(Guid userId, Guid ruleId, DateOnly day, IReadOnlyCollection<(Guid? Actor, int Net)> byActor)
    {
        SetNet(userId, ruleId, day, null, byActor.Sum(a => a.Net));
        foreach (var (actor, net) in byActor.Where(a => a.Actor is not null))
        {
            SetNet(userId, ruleId, day, actor, net);
        }

        _loadedDays.Add((userId, ruleId, day));
    }

    public void SetNet(Guid userId, Guid ruleId, DateOnly? day, Guid? actor, int net)
    {
        if (_net.TryAdd((userId, ruleId, day, actor), net))
        {
            (_netKeys.TryGetValue((userId, ruleId), out var keys) ? keys : _netKeys[(userId, ruleId)] = []).Add((userId, ruleId, day, actor));
        }
    }

    public bool TryGetLastAward(Guid userId, Guid ruleId, out DateTime? last) => _lastAward.TryGetValue((userId, ruleId), out last);

    public void SetLastAward(Guid userId, Guid ruleId, DateTime? last) => _lastAward[(userId, ruleId)] = last;

    /// <summary>Keeps every cached figure the entry belongs to in step with it.</summary>
    public void Record(PointEntry entry)
    {
        if (entry.RuleId is not { } ruleId)
        {
            return;
        }

        if (entry.ActorId is { } actor && _loadedDays.Contains((entry.UserId, ruleId, entry.LocalDate)))
        {
            SetNet(entry.UserId, ruleId, entry.LocalDate, actor, 0);
        }

        foreach (var key in _netKeys.GetValueOrDefault((entry.UserId, ruleId)) ?? [])
        {
            if (Matches(entry, key.Day, key.Actor))
            {
                _net[key] += entry.Amount;
            }
        }

        if (entry.Kind == PointEntryKind.Earned && _lastAward.TryGetValue((entry.UserId, ruleId), out var last) && (last is null || entry.OccurredAt > last))
        {
            _lastAward[(entry.UserId, ruleId)] = entry.OccurredAt;
        }
    }

    public static bool Matches(PointEntry entry, DateOnly? day, Guid? actor) =>
        (day is null || entry.LocalDate == day) && (actor is null || entry.ActorId == actor);
}
