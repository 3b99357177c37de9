using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Security;
using UserOps.Community.BuildingBlocks.Web;
using UserOps.Community.Identity.Domain;
using UserOps.Community.Identity.Profile;
using UserOps.Community.Referrals.Contracts;

namespace UserOps.Community.Identity.Register;

internal static class RegisterEndpoint
{
    public static void MapRegister(this IEndpointRouteBuilder auth) =>
        auth.MapPost("/register", HandleAsync)
            .Validate<RegisterRequest>()
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .WithName("Register")
            .WithSummary("Create an account (optionally through an invite code).");

    private static async Task<Results<Created<ProfileResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        RegisterRequest request,
        UserManager<CommunityUser> userManager,
        CommunityDbContext db,
        IInviteCodes inviteCodes,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var inviteCode = string.IsNullOrWhiteSpace(request.InviteCode) ? null : request.InviteCode.Trim();

        // Refused before anything is written (or a password hashed), so the client can offer to retry without the code.
        if (inviteCode is not null && await inviteCodes.CheckAsync(inviteCode, cancellationToken) is { IsValid: false } check)
        {
            return IdentityErrors.InviteInvalid(check.Reason);
        }

        var user = CommunityUser.Register(
            request.Email.Trim(),
            request.DisplayName.Trim(),
            request.TimeZone ?? "UTC",
            request.Locale ?? Locales.English,
            inviteCode,
            timeProvider.GetUtcNow().UtcDateTime);

        // The account, its Member role, the UserRegistered event and the referral commit together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        IdentityResult created;
        try
        {
            created = await userManager.CreateAsync(user, request.Password);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // A concurrent sign-up with the same email passed Identity's check first; the unique index caught this one.
            return IdentityErrors.Duplicate();
        }

        if (IdentityErrors.IsDuplicate(created))
        {
            return IdentityErrors.Duplicate();
        }

        if (!created.Succeeded)
        {
            return IdentityErrors.Validation(created);
        }

        var member = await userManager.AddToRoleAsync(user, CommunityRoles.Member);
        if (!member.Succeeded)
        {
            throw new InvalidOperationException($"Could not give a new account the Member role: {member}");
        }

        // The code's use and the attribution join this transaction: a code used up since the check rolls the account back too.
        if (inviteCode is not null && await inviteCodes.RedeemAsync(inviteCode, user.Id, cancellationToken) is { IsValid: false } redeemed)
        {
            await transaction.RollbackAsync(cancellationToken);
            return IdentityErrors.InviteInvalid(redeemed.Reason);
        }

        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created("/api/me", ProfileMapper.ToResponse(user, [CommunityRoles.Member]));
    }
}
