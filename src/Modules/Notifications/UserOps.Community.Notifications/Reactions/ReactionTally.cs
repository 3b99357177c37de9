using System.Globalization;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Content.Contracts;
using UserOps.Community.Notifications.Contracts;
using UserOps.Community.Notifications.Domain;
using UserOps.Community.Notifications.Notifying;
using UserOps.Community.Notifications.Realtime;

namespace UserOps.Community.Notifications.Reactions;

/// <summary>
/// The reaction changes of one outbox delivery, applied at its end: the counts move by one additive upsert (SQL
/// increments, so two instances counting the same target never lose a reaction), each changed target's counts are
/// read back in one query and pushed once with their final values, and the milestones crossed on the way are told to
/// the content's author, in event order. Per event this was three round trips and a push.
/// </summary>
internal sealed class ReactionTally(CommunityDbContext db, Notifier notifier, AfterCommitActions afterCommit, PushQueue pushes)
{
    private static readonly UpsertShape CountShape = new(
        [nameof(ReactionCount.TargetId), nameof(ReactionCount.Reaction), nameof(ReactionCount.Count)], KeyCount: 2,
        Added: [nameof(ReactionCount.Count)], Replaced: []);

    private readonly List<ReactionChange> _changes = [];

    public void Add(ReactionChange change) => _changes.Add(change);

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_changes.Count == 0)
        {
            return;
        }

        var changes = _changes.ToList();
        _changes.Clear();
        var net = changes.GroupBy(c => (c.TargetId, c.Reaction)).ToDictionary(g => g.Key, g => g.Sum(c => c.Delta));
        await AddAsync(net.Where(n => n.Value > 0).OrderBy(n => n.Key).ToList(), cancellationToken);
        foreach (var ((targetId, reaction), delta) in net.Where(n => n.Value < 0))
        {
            // Never below zero: counting may have started after some of these reactions were added.
            await db.Set<ReactionCount>().Where(r => r.TargetId == targetId && r.Reaction == reaction && r.Count > 0)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Count, r => r.Count + delta > 0 ? r.Count + delta : 0), cancellationToken);
        }

        var targetIds = changes.Select(c => c.TargetId).Distinct().ToList();
        var counts = (await db.Set<ReactionCount>().AsNoTracking()
                .Where(r => targetIds.Contains(r.TargetId) && r.Count > 0)
                .ToListAsync(cancellationToken))
            .GroupBy(r => r.TargetId)
            .ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Reaction, r => r.Count));

        foreach (var target in changes.GroupBy(c => c.TargetId))
        {
            var final = counts.GetValueOrDefault(target.Key) ?? [];
            Push(target.Last(), final);
            await TellMilestonesAsync([.. target], final.Values.Sum(), cancellationToken);
        }
    }

    private async Task AddAsync(IReadOnlyList<KeyValuePair<(Guid TargetId, string Reaction), int>> increases, CancellationToken cancellationToken)
    {
        if (increases.Count == 0)
        {
            return;
        }

        if (db.SupportsAdditiveUpsert())
        {
            await db.UpsertAddingAsync<ReactionCount>(
                CountShape, increases.Select(i => new object[] { i.Key.TargetId, i.Key.Reaction, i.Value }), cancellationToken);
            return;
        }

        foreach (var ((targetId, reaction), delta) in increases)
        {
            var updated = await db.Set<ReactionCount>().Where(r => r.TargetId == targetId && r.Reaction == reaction)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Count, r => r.Count + delta), cancellationToken);
            if (updated == 0)
            {
                db.Add(new ReactionCount { TargetId = targetId, Reaction = reaction, Count = delta });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    // Replays the target's changes from the total before this delivery, so each milestone passed is told once.
    private async Task TellMilestonesAsync(IReadOnlyList<ReactionChange> changes, int finalTotal, CancellationToken cancellationToken)
    {
        var total = Math.Max(0, finalTotal - changes.Sum(c => c.Delta));
        foreach (var change in changes)
        {
            total = Math.Max(0, total + change.Delta);
            if (change.Delta > 0 && NotificationKinds.ReactionMilestones.Contains(total) && change.ReactorId != change.ContentAuthorId)
            {
                var target = change.TargetKind == ContentKind.Comment ? "comment" : "post";
                await notifier.NotifyAsync(
                    new NotificationRequest(change.ContentAuthorId, NotificationKinds.Reactions, $"reactions:{change.ContentAuthorId}:{change.TargetId}:{total}", null, change.GroupId, change.PostId,
                        new Dictionary<string, string> { ["count"] = total.ToString(CultureInfo.InvariantCulture), ["target"] = target, ["targetId"] = change.TargetId.ToString() }),
                    cancellationToken);
            }
        }
    }

    private void Push(ReactionChange latest, Dictionary<string, int> counts)
    {
        var kind = latest.TargetKind == ContentKind.Comment ? "comment" : "post";
        var message = new ReactionsChangedMessage(kind, latest.TargetId, latest.PostId, latest.GroupId, counts, latest.At);
        afterCommit.Add(() => pushes.ToGroup(latest.GroupId, RealtimeMethods.ReactionsChanged, message));
    }
}
