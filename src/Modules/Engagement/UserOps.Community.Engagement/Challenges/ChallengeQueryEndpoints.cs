using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Time;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Engagement.Domain;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Identity.Contracts;

namespace UserOps.Community.Engagement.Challenges;

internal static class ChallengeQueryEndpoints
{
    public const string InvalidStatus = "invalid_status";
    public const string NotEnrolled = "not_enrolled";

    public static void MapChallengeQueries(this IEndpointRouteBuilder challenges)
    {
        challenges.MapGet("/", ListAsync)
            .AllowAnonymous()
            .WithName("ListChallenges")
            .WithSummary("Challenges, newest first: site-wide and those of my groups, or of one group (?groupId=); ?status=upcoming|active|finished.");
        challenges.MapGet("/{id:guid}", GetAsync)
            .AllowAnonymous()
            .WithName("GetChallenge")
            .WithSummary("One challenge; a private group's challenges are visible to its members only.");
        challenges.MapGet("/{id:guid}/me", MineAsync)
            .RequireAuthorization()
            .WithName("MyChallengeProgress")
            .WithSummary("My progress in a challenge I enrolled in.");
        challenges.MapGet("/{id:guid}/leaderboard", LeaderboardAsync)
            .AllowAnonymous()
            .WithName("ChallengeLeaderboard")
            .WithSummary("Participants by progress; among equals, whoever got there first ranks first.");
    }

    private static async Task<Results<Ok<CursorPage<ChallengeView>>, ProblemHttpResult>> ListAsync(
        string? status, Guid? groupId, string? cursor, int? limit, ClaimsPrincipal principal, CommunityDbContext db, IGroupAccessQuery groups,
        IOptions<EngagementOptions> options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (status is not null && !ChallengeText.Statuses.Contains(status))
        {
            return ApiProblems.BadRequest(InvalidStatus, "Status must be 'upcoming', 'active' or 'finished'.");
        }

        if (!KeysetCursor.TryDecode(cursor, out var after))
        {
            return Paging.InvalidCursor();
        }

        var viewer = principal.ToViewer();
        var query = db.Set<Challenge>().AsNoTracking();
        if (groupId is { } id)
        {
            if (await groups.GetAsync(id, viewer, cancellationToken) is not { CanView: true })
            {
                return ApiProblems.NotFound("group_not_found", "No such group.");
            }

            query = query.Where(c => c.GroupId == id);
        }
        else
        {
            var mine = viewer.UserId is { } userId ? await groups.GetMemberGroupIdsAsync(userId, cancellationToken) : [];
            query = query.Where(c => c.GroupId == null || mine.Contains(c.GroupId.Value));
        }

        var today = timeProvider.Today(options.Value.CommunityTimeZone);
        query = status switch
        {
            "upcoming" => query.Where(c => c.StartDate > today),
            "active" => query.Where(c => c.StartDate <= today && c.EndDate >= today),
            "finished" => query.Where(c => c.EndDate < today),
            _ => query,
        };
        if (after is { } position)
        {
            var at = position.At;
            query = query.Below(c => c.CreatedAt, at, c => c.Id, position.Id);
        }

        var take = Paging.Clamp(limit);
        var rows = await query.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Take(take + 1).ToListAsync(cancellationToken);
        var page = rows.Take(take).ToList();
        var next = rows.Count > take ? KeysetCursor.From(page[^1].CreatedAt, page[^1].Id).Encode() : null;
        return TypedResults.Ok(new CursorPage<ChallengeView>([.. page.Select(c => ChallengeView.From(c, today))], next));
    }

    private static async Task<Results<Ok<ChallengeView>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal principal, CommunityDbContext db, IGroupAccessQuery groups, IOptions<EngagementOptions> options,
        TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var (challenge, _) = await ChallengeAccess.FindVisibleAsync(db, groups, id, principal.ToViewer(), cancellationToken);
        return challenge is null
            ? ChallengeAccess.NotFound()
            : TypedResults.Ok(ChallengeView.From(challenge, timeProvider.Today(options.Value.CommunityTimeZone)));
    }

    private static async Task<Results<Ok<ParticipantView>, ProblemHttpResult>> MineAsync(
        Guid id, ClaimsPrincipal principal, CommunityDbContext db, IGroupAccessQuery groups, CancellationToken cancellationToken)
    {
        var (challenge, _) = await ChallengeAccess.FindVisibleAsync(db, groups, id, principal.ToViewer(), cancellationToken);
        if (challenge is null)
        {
            return ChallengeAccess.NotFound();
        }

        var memberId = principal.GetUserId();
        var participant = await db.Set<ChallengeParticipant>().AsNoTracking().FirstOrDefaultAsync(p => p.ChallengeId == id && p.MemberId == memberId, cancellationToken);
        return participant is null
            ? ApiProblems.NotFound(NotEnrolled, "You have not enrolled in this challenge.")
            : TypedResults.Ok(ParticipantView.From(participant, challenge));
    }

    private static async Task<Results<Ok<IReadOnlyList<LeaderboardLine>>, ProblemHttpResult>> LeaderboardAsync(
        Guid id, int? limit, ClaimsPrincipal principal, CommunityDbContext db, IGroupAccessQuery groups, IUserDirectory users,
        CancellationToken cancellationToken)
    {
        var (challenge, _) = await ChallengeAccess.FindVisibleAsync(db, groups, id, principal.ToViewer(), cancellationToken);
        if (challenge is null)
        {
            return ChallengeAccess.NotFound();
        }

        var rows = await db.Set<ChallengeParticipant>().AsNoTracking()
            .Where(p => p.ChallengeId == id && p.Progress > 0)
            .OrderByDescending(p => p.Progress).ThenBy(p => p.ProgressAt).ThenBy(p => p.MemberId)
            .Take(Paging.Clamp(limit))
            .ToListAsync(cancellationToken);
        var names = await users.GetManyAsync([.. rows.Select(r => r.MemberId)], cancellationToken);
        var lines = rows.Select((p, i) => new LeaderboardLine(
            i + 1, p.MemberId, names.TryGetValue(p.MemberId, out var u) ? u.DisplayName : string.Empty, p.Progress, p.CompletedAt is not null, p.CompletedAt)).ToList();
        return TypedResults.Ok<IReadOnlyList<LeaderboardLine>>(lines);
    }
}
