using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Time;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Engagement.Domain;
using UserOps.Community.Engagement.Streaks;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Engagement.Challenges;

/// <summary>
/// Enrols the caller. The member's streak lock serialises this with their check-ins (so the initial count is exact); capacity
/// is a conditional increment and the entry cost is spent in the same transaction, so a refused enrolment costs nothing.
/// </summary>
internal static class EnrolEndpoint
{
    public static void MapEnrol(this IEndpointRouteBuilder challenges) =>
        challenges.MapPost("/{id:guid}/enrol", HandleAsync)
            .RequireAuthorization()
            .WithName("EnrolInChallenge")
            .WithSummary("Enrol in a challenge before it starts (or during it, if allowed); pays the entry cost if any. Repeats return 200.");

    private static async Task<Results<Created<ParticipantView>, Ok<ParticipantView>, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal principal, CommunityDbContext db, IGroupAccessQuery groups, IUserDirectory users, StreakStore streaks,
        ChallengeProgress progress, IPointsWallet wallet, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var (challenge, group) = await ChallengeAccess.FindVisibleAsync(db, groups, id, principal.ToViewer(), cancellationToken);
        if (challenge is null)
        {
            return ChallengeAccess.NotFound();
        }

        if (group is { Role: null })
        {
            return ApiProblems.Forbidden("group_membership_required", "Join the group to take part in its challenges.");
        }

        var memberId = principal.GetUserId();
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var today = timeProvider.Today((await users.FindAsync(memberId, cancellationToken))?.TimeZone);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await streaks.LockAsync(memberId, cancellationToken);
        if (await db.Set<ChallengeParticipant>().AsNoTracking().FirstOrDefaultAsync(p => p.ChallengeId == id && p.MemberId == memberId, cancellationToken) is { } existing)
        {
            return TypedResults.Ok(ParticipantView.From(existing, challenge));
        }

        if (challenge.StatusOn(today) == ChallengeStatus.Finished)
        {
            return ApiProblems.Conflict("challenge_finished", "This challenge has ended.");
        }

        if (challenge.StatusOn(today) == ChallengeStatus.Active && !challenge.AllowLateEnrolment)
        {
            return ApiProblems.Conflict("enrolment_closed", "Enrolment closed when the challenge started.");
        }

        if (await db.Set<Challenge>().Where(c => c.Id == id && (c.MaxParticipants == null || c.ParticipantCount < c.MaxParticipants))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ParticipantCount, c => c.ParticipantCount + 1), cancellationToken) == 0)
        {
            return ApiProblems.Conflict("challenge_full", "This challenge has no places left.");
        }

        if (challenge.EntryCost > 0
            && await wallet.SpendAsync(memberId, challenge.EntryCost, $"Entry to the challenge: {challenge.TitleEn}", id, cancellationToken) == SpendOutcome.InsufficientBalance)
        {
            return ApiProblems.Conflict("insufficient_balance", $"Entering costs {challenge.EntryCost} points; your balance is lower.");
        }

        var participant = new ChallengeParticipant { ChallengeId = id, MemberId = memberId, EnrolledAt = now };
        db.Add(participant);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(participant).State = EntityState.Detached;
        // Check-ins already made in the window count; content events count from enrolment on.
        await progress.RecountAsync(challenge, memberId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var saved = await db.Set<ChallengeParticipant>().AsNoTracking().FirstAsync(p => p.ChallengeId == id && p.MemberId == memberId, cancellationToken);
        return TypedResults.Created($"/api/challenges/{id}/me", ParticipantView.From(saved, challenge));
    }
}
