using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Engagement.Contracts;
using UserOps.Community.Engagement.Domain;

namespace UserOps.Community.Engagement.Challenges;

/// <summary>
/// Keeps participants' progress and completes them exactly once: progress is recounted from what is recorded (never
/// incremented blindly), and completion is a conditional update that only one transaction can win.
/// </summary>
internal sealed class ChallengeProgress(CommunityDbContext db, TimeProvider timeProvider)
{
    // Scoped: an outbox delivery counts hundreds of events, and most days have no activity challenge of their type.
    private readonly Dictionary<(ChallengeActivityType Type, DateOnly Date), bool> _running = [];
    private readonly Dictionary<(ChallengeActivityType Type, DateOnly UtcDate), bool> _runningAround = [];

    /// <summary>After a check-in (normal or make-up) for <paramref name="date"/> was saved.</summary>
    public async Task OnCheckInAsync(Guid memberId, DateOnly date, CancellationToken cancellationToken)
    {
        var challenges = await OpenChallenges(memberId)
            .Where(c => c.Kind == ChallengeKind.DailyCheckIn && c.StartDate <= date && c.EndDate >= date)
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
        foreach (var challenge in challenges)
        {
            await RecountAsync(challenge, memberId, cancellationToken);
        }
    }

    /// <summary>
    /// Whether an activity challenge of this type runs on any calendar day the instant can fall on somewhere (UTC±14 h):
    /// most activity happens outside challenges, and this answers it without the member's time zone.
    /// </summary>
    public async Task<bool> MayCountAsync(ChallengeActivityType type, DateTime occurredAtUtc, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(occurredAtUtc);
        if (!_runningAround.TryGetValue((type, day), out var running))
        {
            var (first, last) = (day.AddDays(-1), day.AddDays(1));
            running = await db.Set<Challenge>().AnyAsync(
                c => c.Kind == ChallengeKind.Activity && c.ActivityType == type && c.StartDate <= last && c.EndDate >= first, cancellationToken);
            _runningAround[(type, day)] = running;
        }

        return running;
    }

    /// <summary>Counts one content event for the member's open activity challenges of that type (and group).</summary>
    public async Task OnActivityAsync(
        Guid memberId, ChallengeActivityType type, Guid groupId, DateOnly date, string source, Guid eventId, DateTime occurredAt, CancellationToken cancellationToken)
    {
        if (!_running.TryGetValue((type, date), out var running))
        {
            running = await db.Set<Challenge>().AnyAsync(
                c => c.Kind == ChallengeKind.Activity && c.ActivityType == type && c.StartDate <= date && c.EndDate >= date, cancellationToken);
            _running[(type, date)] = running;
        }

        if (!running)
        {
            return;
        }

        var challenges = await OpenChallenges(memberId)
            .Where(c => c.Kind == ChallengeKind.Activity && c.ActivityType == type && (c.GroupId == null || c.GroupId == groupId)
                && c.StartDate <= date && c.EndDate >= date)
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
        foreach (var challenge in challenges)
        {
            if (!await db.Set<ChallengeActivity>().AnyAsync(a => a.ChallengeId == challenge.Id && a.MemberId == memberId && a.EventId == eventId, cancellationToken))
            {
                var row = db.Add(new ChallengeActivity { ChallengeId = challenge.Id, MemberId = memberId, EventId = eventId, OccurredAt = occurredAt, Source = source });
                await db.SaveChangesAsync(cancellationToken);
                row.State = EntityState.Detached;
            }

            await RecountAsync(challenge, memberId, cancellationToken);
        }
    }

    /// <summary>
    /// Content removed or a reaction withdrawn no longer counts toward the member's open challenges. A completed
    /// challenge stays completed: its reward was paid once and is not clawed back here.
    /// </summary>
    public async Task OnActivityUndoneAsync(Guid memberId, string source, CancellationToken cancellationToken)
    {
        var counted = db.Set<ChallengeActivity>().Where(a => a.MemberId == memberId && a.Source == source);
        // In id order, like every recount, so two deliveries lock one member's participant rows in the same order.
        var challenges = await OpenChallenges(memberId).Where(c => counted.Any(a => a.ChallengeId == c.Id)).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        foreach (var challenge in challenges)
        {
            await counted.Where(a => a.ChallengeId == challenge.Id).ExecuteDeleteAsync(cancellationToken);
            await RecountAsync(challenge, memberId, cancellationToken);
        }
    }

    /// <summary>Progress as recorded so far: check-ins in the window, or counted activities.</summary>
    public Task<int> CountAsync(Challenge challenge, Guid memberId, CancellationToken cancellationToken) => challenge.Kind == ChallengeKind.DailyCheckIn
        ? db.Set<CheckIn>().CountAsync(c => c.MemberId == memberId && c.LocalDate >= challenge.StartDate && c.LocalDate <= challenge.EndDate, cancellationToken)
        : db.Set<ChallengeActivity>().CountAsync(a => a.ChallengeId == challenge.Id && a.MemberId == memberId, cancellationToken);

    public async Task RecountAsync(Challenge challenge, Guid memberId, CancellationToken cancellationToken)
    {
        // The participant's row lock first: two deliveries counting the same member at once would each see only
        // their own uncommitted activity, and the later one's "progress" would overwrite the other's.
        var enrolled = await db.Set<ChallengeParticipant>()
            .Where(p => p.ChallengeId == challenge.Id && p.MemberId == memberId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Progress, p => p.Progress), cancellationToken);
        if (enrolled == 0)
        {
            return;
        }

        var progress = await CountAsync(challenge, memberId, cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        await db.Set<ChallengeParticipant>()
            .Where(p => p.ChallengeId == challenge.Id && p.MemberId == memberId && p.Progress != progress)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Progress, progress).SetProperty(p => p.ProgressAt, now), cancellationToken);
        if (progress < challenge.Target)
        {
            return;
        }

        var completed = await db.Set<ChallengeParticipant>()
            .Where(p => p.ChallengeId == challenge.Id && p.MemberId == memberId && p.CompletedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.CompletedAt, now), cancellationToken);
        if (completed == 1)
        {
            db.AddIntegrationEvent(
                new ChallengeCompleted(challenge.Id, memberId, challenge.GroupId, challenge.TitleEn, challenge.RewardPoints, challenge.RewardBadgeId) { OccurredAt = now },
                memberId,
                timeProvider);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private IQueryable<Challenge> OpenChallenges(Guid memberId) =>
        from p in db.Set<ChallengeParticipant>()
        join c in db.Set<Challenge>() on p.ChallengeId equals c.Id
        where p.MemberId == memberId && p.CompletedAt == null
        select c;
}
