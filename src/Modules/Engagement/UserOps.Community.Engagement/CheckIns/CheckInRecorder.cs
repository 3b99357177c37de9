using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Time;
using UserOps.Community.Engagement.Challenges;
using UserOps.Community.Engagement.Contracts;
using UserOps.Community.Engagement.Counts;
using UserOps.Community.Engagement.Domain;
using UserOps.Community.Engagement.Streaks;
using UserOps.Community.Groups.Contracts;

namespace UserOps.Community.Engagement.CheckIns;

internal sealed record CheckInOutcome(CheckIn CheckIn, MemberStreak Streak, bool AlreadyCheckedIn);

/// <summary>
/// Records a normal check-in: under the member's streak-row lock, judged by <see cref="StreakRules"/>, with the counters,
/// milestones, challenge progress and events in the same transaction. The unique (member, local date) index backs the lock.
/// </summary>
internal sealed class CheckInRecorder(
    CommunityDbContext db, StreakStore streaks, CheckInCounters counters, ChallengeProgress challenges, IGroupAccessQuery groups,
    IOptions<EngagementOptions> options, TimeProvider timeProvider)
{
    public async Task<CheckInOutcome> CheckInAsync(Guid memberId, string? timeZoneId, string? note, string? mood, CancellationToken cancellationToken)
    {
        var zone = LocalCalendar.FindTimeZone(timeZoneId);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var today = LocalDays.DateOf(now, zone);
        CheckIn checkIn;
        MemberStreak streak;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            streak = await streaks.LockAsync(memberId, cancellationToken);
            var last = StreakState.Last(streak);
            var decision = StreakRules.Decide(last, today, now);
            if (decision == CheckInDecision.AlreadyCheckedIn)
            {
                return new CheckInOutcome(await ExistingAsync(memberId, today, cancellationToken), streak, true);
            }

            var continues = decision == CheckInDecision.ContinuesStreak;
            if (!continues && last is { } previous && streak.CurrentStreak > 0 && !streak.BreakReported)
            {
                // Detected lazily: nobody checked in before the streak's deadline.
                db.AddIntegrationEvent(new StreakBroken(memberId, streak.CurrentStreak, previous.Date, today) { OccurredAt = now }, memberId, timeProvider);
            }

            var before = continues ? streak.CurrentStreak : 0;
            var length = before + 1;
            var startedOn = continues ? streak.StreakStartedOn ?? today : today;
            checkIn = new CheckIn
            {
                MemberId = memberId, LocalDate = today, TimeZone = zone.Id, RecordedAt = now, RecordedOn = today, Note = note, Mood = mood,
                BridgesZoneChange = continues && last is { } bridged && today != bridged.Date.AddDays(1), StreakLength = length,
                EventId = Guid.CreateVersion7(),
            };
            db.Add(checkIn);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (exception.IsUniqueViolation())
            {
                // Only reachable if the lock was bypassed (e.g. a make-up of today's date elsewhere): the existing one wins.
                db.Entry(checkIn).State = EntityState.Detached;
                return new CheckInOutcome(await ExistingAsync(memberId, today, cancellationToken), streak, true);
            }

            StreakState.Extend(streak, today, zone, length, startedOn, now);
            await AfterRecordedAsync(checkIn, before, startedOn, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return new CheckInOutcome(checkIn, streak, false);
    }

    /// <summary>Counters, milestones, challenge progress and the CheckInRecorded event for a saved check-in; saves them.</summary>
    public async Task AfterRecordedAsync(CheckIn checkIn, int lengthBefore, DateOnly streakStartedOn, CancellationToken cancellationToken)
    {
        var memberId = checkIn.MemberId;
        var groupIds = await groups.GetMemberGroupIdsAsync(memberId, cancellationToken);
        await counters.IncrementAsync(checkIn.LocalDate, groupIds, cancellationToken);
        foreach (var milestone in StreakRules.Crossed(lengthBefore, checkIn.StreakLength, options.Value.StreakMilestones))
        {
            if (await db.Set<StreakMilestone>().AnyAsync(m => m.MemberId == memberId && m.StreakStartedOn == streakStartedOn && m.Milestone == milestone, cancellationToken))
            {
                continue;
            }

            db.Add(new StreakMilestone { MemberId = memberId, StreakStartedOn = streakStartedOn, Milestone = milestone, ReachedAt = checkIn.RecordedAt });
            db.AddIntegrationEvent(
                new StreakReached(memberId, milestone, checkIn.StreakLength, checkIn.LocalDate) { OccurredAt = checkIn.RecordedAt }, memberId, timeProvider);
        }

        db.AddIntegrationEvent(
            new CheckInRecorded(checkIn.Id, memberId, checkIn.LocalDate, checkIn.TimeZone, checkIn.StreakLength, checkIn.IsMakeup)
            {
                EventId = checkIn.EventId, OccurredAt = checkIn.RecordedAt,
            },
            memberId,
            timeProvider);
        await db.SaveChangesAsync(cancellationToken);
        await challenges.OnCheckInAsync(memberId, checkIn.LocalDate, cancellationToken);
    }

    private async Task<CheckIn> ExistingAsync(Guid memberId, DateOnly today, CancellationToken cancellationToken) =>
        await db.Set<CheckIn>().AsNoTracking().FirstOrDefaultAsync(c => c.MemberId == memberId && c.LocalDate == today, cancellationToken)
        ?? await db.Set<CheckIn>().AsNoTracking().Where(c => c.MemberId == memberId).OrderByDescending(c => c.LocalDate).FirstAsync(cancellationToken);
}
