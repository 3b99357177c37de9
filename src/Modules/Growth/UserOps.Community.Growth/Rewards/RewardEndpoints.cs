using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Security;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Growth.Domain;

namespace UserOps.Community.Growth.Rewards;

/// <summary>The shop as members see it, and the catalogue as operators manage it.</summary>
internal static class RewardEndpoints
{
    public static void MapRewardEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/rewards", ListAvailableAsync).AllowAnonymous().WithTags("Rewards").WithName("ListRewards")
            .WithSummary("Rewards available now.");
        endpoints.MapGet("/api/me/redemptions", MineAsync).RequireAuthorization().WithTags("Rewards").WithName("MyRedemptions")
            .WithSummary("My redemptions, newest first.");

        var admin = endpoints.MapGroup("/api/admin/rewards").WithTags("Rewards").RequireAuthorization(CommunityPolicies.Operator);
        admin.MapGet("/", ListAllAsync).WithName("ListAllRewards").WithSummary("Every reward, including disabled and expired ones.");
        admin.MapPost("/", CreateAsync).Validate<RewardRequest>().WithName("CreateReward").WithSummary("Create a reward.");
        admin.MapPut("/{id:guid}", UpdateAsync).Validate<RewardRequest>().WithName("UpdateReward").WithSummary("Replace a reward's settings.");
    }

    private static async Task<Ok<List<RewardView>>> ListAvailableAsync(CommunityDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var rewards = await db.Set<Reward>().AsNoTracking()
            .Where(r => r.Enabled && (r.ActiveFrom == null || r.ActiveFrom <= now) && (r.ActiveUntil == null || r.ActiveUntil > now))
            .OrderBy(r => r.Cost).ToListAsync(cancellationToken);
        return TypedResults.Ok(rewards.Select(RewardView.From).ToList());
    }

    private static async Task<Ok<List<RewardView>>> ListAllAsync(CommunityDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Set<Reward>().AsNoTracking().OrderByDescending(r => r.CreatedAt).ToListAsync(cancellationToken)).Select(RewardView.From).ToList());

    private static async Task<Ok<List<RedemptionView>>> MineAsync(ClaimsPrincipal principal, CommunityDbContext db, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var rows = await db.Set<Redemption>().AsNoTracking().Where(r => r.UserId == userId)
            .OrderByDescending(r => r.CreatedAt).Take(100)
            .Join(db.Set<Reward>(), r => r.RewardId, w => w.Id, (r, w) => new { Redemption = r, w.Name })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(r => RedemptionView.From(r.Redemption, r.Name)).ToList());
    }

    private static async Task<Created<RewardView>> CreateAsync(RewardRequest request, CommunityDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var reward = new Reward { CreatedAt = timeProvider.GetUtcNow().UtcDateTime };
        Apply(reward, request);
        db.Add(reward);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/admin/rewards/{reward.Id}", RewardView.From(reward));
    }

    private static async Task<Results<Ok<RewardView>, ProblemHttpResult>> UpdateAsync(Guid id, RewardRequest request, CommunityDbContext db, CancellationToken cancellationToken)
    {
        var reward = await db.Set<Reward>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (reward is null)
        {
            return ApiProblems.NotFound("reward_not_found", "No such reward.");
        }

        Apply(reward, request);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(RewardView.From(reward));
    }

    private static void Apply(Reward reward, RewardRequest request)
    {
        reward.Name = request.Name.Trim();
        reward.Description = request.Description?.Trim() ?? string.Empty;
        reward.ImageUrl = request.ImageUrl;
        reward.Cost = request.Cost;
        reward.Stock = request.Stock;
        reward.PerMemberLimit = request.PerMemberLimit;
        reward.MinimumLevel = request.MinimumLevel;
        reward.ActiveFrom = request.ActiveFrom?.ToUniversalTime();
        reward.ActiveUntil = request.ActiveUntil?.ToUniversalTime();
        reward.Enabled = request.Enabled ?? true;
    }
}
