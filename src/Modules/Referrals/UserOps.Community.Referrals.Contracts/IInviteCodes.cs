namespace UserOps.Community.Referrals.Contracts;

/// <summary>Lets registration refuse an unusable invite code before an account is created, and attribute the new member.</summary>
public interface IInviteCodes
{
    /// <summary>Whether <paramref name="code"/> may be used to register now; a reason when not.</summary>
    Task<InviteCodeCheck> CheckAsync(string code, CancellationToken cancellationToken);

    /// <summary>
    /// Consumes one use of <paramref name="code"/> and attributes <paramref name="inviteeId"/> to it, in the caller's
    /// transaction on the scoped CommunityDbContext (so a failed registration also undoes the use). Raises
    /// <see cref="ReferralAttributed"/>. When invalid nothing is written and <see cref="InviteCodeCheck.Reason"/> says why
    /// (the reasons of <see cref="CheckAsync"/>, or <c>self_referral</c>, <c>referral_loop</c>, <c>already_attributed</c>).
    /// </summary>
    Task<InviteCodeCheck> RedeemAsync(string code, Guid inviteeId, CancellationToken cancellationToken);
}

/// <summary>Outcome of <see cref="IInviteCodes.CheckAsync"/>; <see cref="Reason"/> is <c>not_found</c>, <c>expired</c>, <c>exhausted</c> or <c>revoked</c> when invalid.</summary>
public sealed record InviteCodeCheck(bool IsValid, string? Reason);
