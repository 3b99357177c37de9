using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Batching;

/// <summary>
/// What the Growth handlers of one outbox delivery decided, written once at its end with a few set-based statements
/// (ADR 0041). Deferring starts when the points engine first runs in a scope (only outbox handlers call it); HTTP
/// requests never start it, so their writes go straight to the database. Every member written is row-locked for the
/// whole transaction, so what is read once per delivery stays true; a read not served from here flushes first.
/// </summary>
internal sealed class DeliveryBatch(CommunityDbContext db, BatchUpserts upserts) : IDeliveryCommitStep
{
    private readonly Dictionary<Guid, MemberState> _members = [];
    private readonly List<PointEntry> _entries = [];
    private readonly HashSet<(Guid UserId, Guid? RuleId, Guid SourceEventId)> _awards = [];
    private readonly List<Activity> _activities = [];
    private readonly HashSet<Guid> _activityIds = [];
    private readonly Dictionary<(Guid UserId, Guid GroupId, string Metric), long> _counters = [];
    private readonly Dictionary<Guid, (long Xp, long Balance)> _totals = [];
    private readonly Dictionary<(string Period, Guid Board, Guid UserId), (long Points, DateTime At)> _leaderboard = [];
    private readonly List<Activity> _queued = [];
    private readonly HashSet<Guid> _queuedIds = [];
    private readonly Dictionary<Guid, bool> _recordedBefore = [];
    private Func<IReadOnlyList<Activity>, CancellationToken, Task>? _settle;
    private bool _settling;

    public bool Deferring { get; private set; }

    /// <summary>Starts deferring writes until the delivery's commit step; SQL Server (no ON CONFLICT upsert) keeps writing through.</summary>
    public void Defer() => Deferring = Deferring || db.SupportsAdditiveUpsert();

    public MemberState? Member(Guid userId) => _members.GetValueOrDefault(userId);

    public void Locked(MemberState member) => _members[member.UserId] = member;

    /// <summary>Entries queued and not yet written, for reads that add them to what the database returns.</summary>
    public IReadOnlyList<PointEntry> PendingEntries => _entries;

    public bool HasActivity(Guid eventId) => _activityIds.Contains(eventId);

    /// <summary>
    /// Queues an activity to be decided when the delivery's writes are flushed, by <paramref name="settle"/>, in queue
    /// order; false if this delivery already has it. Deciding them together lets one query per kind of read serve all.
    /// </summary>
    public bool Queue(Activity activity, Func<IReadOnlyList<Activity>, CancellationToken, Task> settle)
    {
        if (HasActivity(activity.EventId) || !_queuedIds.Add(activity.EventId))
        {
            return false;
        }

        _queued.Add(activity);
        _settle = settle;
        return true;
    }

    /// <summary>Whether the event's activity row was already stored when the delivery read it; null if it was not read.</summary>
    public bool? RecordedBefore(Guid eventId) => _recordedBefore.TryGetValue(eventId, out var recorded) ? recorded : null;

    public void Checked(IEnumerable<Guid> eventIds, IReadOnlySet<Guid> recorded)
    {
        foreach (var eventId in eventIds)
        {
            _recordedBefore[eventId] = recorded.Contains(eventId);
        }
    }

    public bool HasAward(Guid userId, Guid ruleId, Guid sourceEventId) => _awards.Contains((userId, ruleId, sourceEventId));

    public void AddActivity(Activity activity)
    {
        _activities.Add(activity);
        _activityIds.Add(activity.EventId);
    }

    /// <summary>Queues an entry and moves the locked member's totals; the caller adds the XP to the leaderboards.</summary>
    public void AddEntry(PointEntry entry, long xp)
    {
        _entries.Add(entry);
        if (entry.RuleId is not null)
        {
            _awards.Add((entry.UserId, entry.RuleId, entry.SourceEventId));
        }

        var member = _members[entry.UserId];
        member.Xp += xp;
        member.Balance += entry.Amount;
        var (totalXp, totalBalance) = _totals.GetValueOrDefault(entry.UserId);
        _totals[entry.UserId] = (totalXp + xp, totalBalance + entry.Amount);
    }

    public void AddCounter(Guid userId, Guid groupId, string metric, long delta) =>
        _counters[(userId, groupId, metric)] = _counters.GetValueOrDefault((userId, groupId, metric)) + delta;

    /// <summary>Not yet written counter change, for reads that add it to the stored value.</summary>
    public long PendingCounter(Guid userId, Guid groupId, string metric) => _counters.GetValueOrDefault((userId, groupId, metric));

    // The latest earning time wins, as it did when each award updated the row in turn (the tie-break of the ranking).
    public void AddToLeaderboard(string period, Guid board, Guid userId, long points, DateTime at) =>
        _leaderboard[(period, board, userId)] = (_leaderboard.GetValueOrDefault((period, board, userId)).Points + points, at);

    // Deliveries that never reached the points engine (other modules' events, exclusions) have nothing queued.
    public Task BeforeCommitAsync(CancellationToken cancellationToken) => Deferring ? FlushAsync(cancellationToken) : Task.CompletedTask;

    /// <summary>Decides the queued activities (unless this is a read made while deciding them), then writes everything decided.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await SettleQueuedAsync(cancellationToken);
        // Streamed with COPY on PostgreSQL (ADR 0047); the save writes the PointsAwarded and other events the decisions raised.
        await db.InsertAllAsync(_activities, cancellationToken);
        await db.InsertAllAsync(_entries, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        _activities.Clear();
        _entries.Clear();
        await upserts.CountersAsync(_counters, cancellationToken);
        _counters.Clear();
        await upserts.TotalsAsync(_totals, cancellationToken);
        _totals.Clear();
        await upserts.LeaderboardAsync(_leaderboard, cancellationToken);
        _leaderboard.Clear();
    }

    // A read inside the deciding (a time-window badge criterion) flushes what was decided so far, not later activities.
    private async Task SettleQueuedAsync(CancellationToken cancellationToken)
    {
        if (_settling || _queued.Count == 0)
        {
            return;
        }

        var queued = _queued.ToList();
        _queued.Clear();
        _queuedIds.Clear();
        _settling = true;
        try
        {
            await _settle!(queued, cancellationToken);
        }
        finally
        {
            _settling = false;
        }
    }
}
