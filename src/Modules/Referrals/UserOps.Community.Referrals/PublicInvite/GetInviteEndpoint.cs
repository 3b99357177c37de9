using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.Identity.Contracts;
using UserOps.Community.Referrals.Domain;
using UserOps.Community.Referrals.Invites;

namespace UserOps.Community.Referrals.PublicInvite;

internal sealed record InviterView(Guid Id, string DisplayName, string? AvatarUrl);

internal sealed record InviteGroupView(Guid Id, string Name, string Slug);

/// <summary>What the sign-up page shows; <see cref="Reason"/> is expired, exhausted or revoked when <see cref="Valid"/> is false.</summary>
internal sealed record PublicInviteView(
    string Code, bool Valid, string? Reason, string Kind, InviterView? Inviter, InviteGroupView? Group, DateTime? ExpiresAt, int? RemainingUses, string Url);

internal static class GetInviteEndpoint
{
    public static void MapGetInvite(this IEndpointRouteBuilder invites) =>
        invites.MapGet("/{code}", HandleAsync)
            .AllowAnonymous()
            .WithName("GetInvite")
            .WithSummary("Public: whether a code can be used, who invites (name, avatar) and the group it joins, for the sign-up page.");

    private static async Task<Results<Ok<PublicInviteView>, ProblemHttpResult>> HandleAsync(
        string code, CommunityDbContext db, IUserDirectory users, IGroupDirectory groups, InviteLinks links, TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var normalized = InviteCode.Normalize(code);
        if (normalized.Length > InviteCode.CodeMax
            || await db.Set<InviteCode>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == normalized, cancellationToken) is not { } invite)
        {
            return ReferralProblems.CodeNotFound();
        }

        var inviter = invite.OwnerId is { } ownerId && await users.FindAsync(ownerId, cancellationToken) is { } owner
            ? new InviterView(owner.Id, owner.DisplayName, owner.AvatarUrl)
            : null;
        var group = invite.GroupId is { } groupId && await groups.FindAsync(groupId, cancellationToken) is { IsArchived: false } found
            ? new InviteGroupView(found.Id, found.Name, found.Slug)
            : null;
        var reason = invite.InvalidReason(timeProvider.GetUtcNow().UtcDateTime);
        return TypedResults.Ok(new PublicInviteView(
            invite.Code, reason is null, reason, invite.Kind.ToString().ToLowerInvariant(), inviter, group, invite.ExpiresAt,
            invite.MaxUses is { } max ? Math.Max(0, max - invite.Uses) : null, links.Url(invite.Code)));
    }
}
