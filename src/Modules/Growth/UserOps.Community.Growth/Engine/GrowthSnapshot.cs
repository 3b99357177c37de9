using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Time;
using UserOps.Community.Growth.Domain;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Growth.Engine;

/// <summary>
/// Operator configuration (rules, levels, automatic badges, seasons) and members' time zones, read once per scope.
/// A dispatcher batch is one scope, so hundreds of events share one read of each; a change an operator saves
/// applies from the next batch, milliseconds later.
/// </summary>
internal sealed class GrowthSnapshot(CommunityDbContext db, IUserDirectory users)
{
    private readonly Dictionary<string, IReadOnlyList<PointRule>> _rules = [];
    private readonly Dictionary<Guid, string?> _timeZones = [];
    private readonly Dictionary<DateOnly, IReadOnlyList<Guid>> _seasonsByDate = [];
    private IReadOnlyList<Level>? _levels;
    private IReadOnlyList<Badge>? _automaticBadges;

    public async Task<IReadOnlyList<PointRule>> RulesForAsync(string eventType, CancellationToken cancellationToken)
    {
        if (!_rules.TryGetValue(eventType, out var rules))
        {
            rules = await db.Set<PointRule>().AsNoTracking()
                .Where(r => r.EventType == eventType && r.Enabled)
                .OrderBy(r => r.CreatedAt)
                .ToListAsync(cancellationToken);
            _rules[eventType] = rules;
        }

        return rules;
    }

    public async Task<IReadOnlyList<Level>> LevelsAsync(CancellationToken cancellationToken) =>
        _levels ??= await db.Set<Level>().AsNoTracking().OrderBy(l => l.Number).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Badge>> AutomaticBadgesAsync(CancellationToken cancellationToken) =>
        _automaticBadges ??= await db.Set<Badge>().AsNoTracking().Where(b => b.Enabled && !b.Manual && b.Criterion != null).ToListAsync(cancellationToken);

    /// <summary>Ids of the seasons that include a community day.</summary>
    public async Task<IReadOnlyList<Guid>> SeasonsOnAsync(DateOnly date, CancellationToken cancellationToken)
    {
        if (!_seasonsByDate.TryGetValue(date, out var seasons))
        {
            seasons = await db.Set<Season>().AsNoTracking()
                .Where(s => s.StartsOn <= date && s.EndsOn >= date)
                .Select(s => s.Id)
                .ToListAsync(cancellationToken);
            _seasonsByDate[date] = seasons;
        }

        return seasons;
    }

    /// <summary>Reads the time zones of the members not read yet in this scope, in one query.</summary>
    public async Task PrimeTimeZonesAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken)
    {
        var missing = userIds.Where(id => !_timeZones.ContainsKey(id)).Distinct().ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var found = await users.GetManyAsync(missing, cancellationToken);
        foreach (var userId in missing)
        {
            _timeZones[userId] = found.GetValueOrDefault(userId)?.TimeZone;
        }
    }

    /// <summary>The member's calendar day at <paramref name="instant"/> (UTC), in their time zone.</summary>
    public async Task<DateOnly> LocalDateAsync(Guid userId, DateTime instant, CancellationToken cancellationToken) =>
        LocalCalendar.LocalDate(new DateTimeOffset(instant, TimeSpan.Zero), await TimeZoneOfAsync(userId, cancellationToken));

    public async Task<string?> TimeZoneOfAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (!_timeZones.TryGetValue(userId, out var zone))
        {
            zone = (await users.FindAsync(userId, cancellationToken))?.TimeZone;
            _timeZones[userId] = zone;
        }

        return zone;
    }
}
