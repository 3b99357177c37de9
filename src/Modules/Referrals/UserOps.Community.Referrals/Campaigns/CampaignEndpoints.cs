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
using UserOps.Community.Referrals.Codes;
using UserOps.Community.Referrals.Domain;
using UserOps.Community.Referrals.Invites;

namespace UserOps.Community.Referrals.Campaigns;

/// <summary>Operators' campaign codes: no inviter, a channel tag for attribution, optionally joining a group.</summary>
internal static class CampaignEndpoints
{
    public static void MapCampaigns(this IEndpointRouteBuilder admin)
    {
        admin.MapPost("/invites", CreateAsync).Validate<CreateCampaignRequest>().WithName("CreateCampaignInvite")
            .WithSummary("Create a campaign code with a channel tag (e.g. wechat-article-nov, offline-meetup).");
        admin.MapGet("/invites", ListAsync).WithName("ListCampaignInvites").WithSummary("Campaign codes, newest first, optionally for one channel.");
        admin.MapDelete("/invites/{code}", RevokeAsync).WithName("RevokeInvite").WithSummary("Revoke any invite code (campaign or member).");
    }

    private static async Task<Results<Created<InviteCodeView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateCampaignRequest request, ClaimsPrincipal principal, CommunityDbContext db, IGroupDirectory groups, InviteLinks links,
        TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (request.GroupId is { } groupId && await groups.FindAsync(groupId, cancellationToken) is not { } group)
        {
            return ReferralProblems.GroupNotFound();
        }

        var userId = principal.GetUserId();
        var created = await InviteCodeWriter.AddAsync(
            db,
            code => new InviteCode
            {
                Code = code, Kind = InviteCodeKind.Campaign, GroupId = request.GroupId, Channel = request.Channel, Label = request.Label.Trim(),
                MaxUses = request.MaxUses, ExpiresAt = request.ExpiresAt?.UtcDateTime, CreatedAt = timeProvider.GetUtcNow().UtcDateTime, CreatedBy = userId,
            },
            cancellationToken);
        return TypedResults.Created($"/api/invites/{created!.Code}", links.View(created));
    }

    private static async Task<Results<Ok<CursorPage<InviteCodeView>>, ProblemHttpResult>> ListAsync(
        string? channel, string? cursor, int? limit, CommunityDbContext db, InviteLinks links, CancellationToken cancellationToken)
    {
        if (!KeysetCursor.TryDecode(cursor, out var after))
        {
            return Paging.InvalidCursor();
        }

        var codes = db.Set<InviteCode>().AsNoTracking().Where(c => c.Kind == InviteCodeKind.Campaign);
        if (!string.IsNullOrWhiteSpace(channel))
        {
            codes = codes.Where(c => c.Channel == channel);
        }

        return TypedResults.Ok(await InvitePaging.PageAsync(codes, after, limit, links, cancellationToken));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        string code, CommunityDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var normalized = InviteCode.Normalize(code);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (!await db.Set<InviteCode>().AnyAsync(c => c.Code == normalized, cancellationToken))
        {
            return ReferralProblems.CodeNotFound();
        }

        await db.Set<InviteCode>().Where(c => c.Code == normalized && c.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.RevokedAt, now), cancellationToken);
        return TypedResults.NoContent();
    }
}
