using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Security;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Growth.Contracts;
using UserOps.Community.Referrals.Codes;
using UserOps.Community.Referrals.Domain;

namespace UserOps.Community.Referrals.Invites;

/// <summary>A member's personal code and extra codes (labelled, or joining a group they own).</summary>
internal static class MyInviteEndpoints
{
    public static void MapMyInvites(this IEndpointRouteBuilder me)
    {
        me.MapGet("/invite", GetPersonalAsync).WithName("GetMyInvite")
            .WithSummary("My personal invite code and link (created on first request); needs the invites.create privilege.");
        me.MapPost("/invites", CreateAsync).Validate<CreateInviteRequest>().WithName("CreateMyInvite")
            .WithSummary("Create an extra labelled code (invites.create privilege), or with groupId a code that also joins a group I own.");
        me.MapGet("/invites", ListAsync).WithName("ListMyInvites").WithSummary("My invite codes, newest first.");
        me.MapDelete("/invites/{code}", RevokeAsync).WithName("RevokeMyInvite").WithSummary("Revoke one of my codes; it can no longer be used.");
    }

    private static async Task<Results<Ok<InviteCodeView>, ProblemHttpResult>> GetPersonalAsync(
        ClaimsPrincipal principal, CommunityDbContext db, IPrivilegeQuery privileges, InviteLinks links, TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        if (await RequirePrivilegeAsync(principal, privileges, cancellationToken) is { } refused)
        {
            return refused;
        }

        var personal = await FindPersonalAsync(db, userId, cancellationToken)
            ?? await InviteCodeWriter.AddAsync(db, code => NewCode(code, InviteCodeKind.Personal, userId, timeProvider), cancellationToken)
            ?? await FindPersonalAsync(db, userId, cancellationToken);
        return TypedResults.Ok(links.View(personal!));
    }

    private static async Task<Results<Created<InviteCodeView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateInviteRequest request, ClaimsPrincipal principal, CommunityDbContext db, IPrivilegeQuery privileges, IGroupAccessQuery groups,
        InviteLinks links, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        if (request.GroupId is { } groupId)
        {
            var access = await groups.GetAsync(groupId, principal.ToViewer(), cancellationToken);
            if (access is not { CanView: true })
            {
                return ReferralProblems.GroupNotFound();
            }

            if (access.Role != GroupRole.Owner)
            {
                return ReferralProblems.GroupOwnerRequired();
            }

            if (access.IsArchived)
            {
                return ReferralProblems.GroupArchived();
            }
        }
        else if (await RequirePrivilegeAsync(principal, privileges, cancellationToken) is { } refused)
        {
            return refused;
        }

        var kind = request.GroupId is null ? InviteCodeKind.Custom : InviteCodeKind.Group;
        var created = await InviteCodeWriter.AddAsync(
            db,
            code => new InviteCode
            {
                Code = code, Kind = kind, OwnerId = userId, GroupId = request.GroupId, Channel = kind == InviteCodeKind.Group ? Channels.Group : Channels.Member,
                Label = request.Label?.Trim(), MaxUses = request.MaxUses, ExpiresAt = request.ExpiresAt?.UtcDateTime,
                CreatedAt = timeProvider.GetUtcNow().UtcDateTime, CreatedBy = userId,
            },
            cancellationToken);
        return TypedResults.Created($"/api/invites/{created!.Code}", links.View(created));
    }

    private static async Task<Results<Ok<CursorPage<InviteCodeView>>, ProblemHttpResult>> ListAsync(
        string? cursor, int? limit, ClaimsPrincipal principal, CommunityDbContext db, InviteLinks links, CancellationToken cancellationToken)
    {
        if (!KeysetCursor.TryDecode(cursor, out var after))
        {
            return Paging.InvalidCursor();
        }

        var userId = principal.GetUserId();
        var codes = db.Set<InviteCode>().AsNoTracking().Where(c => c.OwnerId == userId);
        return TypedResults.Ok(await InvitePaging.PageAsync(codes, after, limit, links, cancellationToken));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        string code, ClaimsPrincipal principal, CommunityDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var normalized = InviteCode.Normalize(code);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (!await db.Set<InviteCode>().AnyAsync(c => c.Code == normalized && c.OwnerId == userId, cancellationToken))
        {
            return ReferralProblems.CodeNotFound();
        }

        await db.Set<InviteCode>().Where(c => c.Code == normalized && c.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.RevokedAt, now), cancellationToken);
        return TypedResults.NoContent();
    }

    // Operators and admins run the community; members earn personal codes with their level (level 1 by default).
    private static async Task<ProblemHttpResult?> RequirePrivilegeAsync(ClaimsPrincipal principal, IPrivilegeQuery privileges, CancellationToken cancellationToken) =>
        !principal.IsInRole(CommunityRoles.Operator) && !principal.IsInRole(CommunityRoles.Admin)
        && await privileges.CheckAsync(principal.GetUserId(), Privileges.InvitesCreate, cancellationToken) is { Granted: false } check
            ? ApiProblems.PrivilegeRequired(Privileges.InvitesCreate, check.RequiredLevel)
            : null;

    private static Task<InviteCode?> FindPersonalAsync(CommunityDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.Set<InviteCode>().AsNoTracking()
            .FirstOrDefaultAsync(c => c.OwnerId == userId && c.Kind == InviteCodeKind.Personal && c.RevokedAt == null, cancellationToken);

    private static InviteCode NewCode(string code, InviteCodeKind kind, Guid ownerId, TimeProvider timeProvider) => new()
    {
        Code = code, Kind = kind, OwnerId = ownerId, Channel = Channels.Member, CreatedAt = timeProvider.GetUtcNow().UtcDateTime, CreatedBy = ownerId,
    };
}
