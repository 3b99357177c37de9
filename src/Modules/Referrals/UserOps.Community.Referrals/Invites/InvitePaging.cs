using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Referrals.Domain;

namespace UserOps.Community.Referrals.Invites;

internal static class InvitePaging
{
    /// <summary>Newest first by (created_at, id).</summary>
    public static async Task<CursorPage<InviteCodeView>> PageAsync(
        IQueryable<InviteCode> codes, KeysetCursor? after, int? limit, InviteLinks links, CancellationToken cancellationToken)
    {
        if (after is { } position)
        {
            var at = position.At;
            codes = codes.Below(c => c.CreatedAt, at, c => c.Id, position.Id);
        }

        var take = Paging.Clamp(limit);
        var rows = await codes.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Take(take + 1).ToListAsync(cancellationToken);
        var page = rows.Take(take).ToList();
        var next = rows.Count > take ? KeysetCursor.From(page[^1].CreatedAt, page[^1].Id).Encode() : null;
        return new CursorPage<InviteCodeView>([.. page.Select(links.View)], next);
    }
}
