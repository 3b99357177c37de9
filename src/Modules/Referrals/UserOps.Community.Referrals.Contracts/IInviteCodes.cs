namespace UserOps.Community.Referrals.Contracts;

/// <summary>Lets registration refuse an unusable invite code before an account is created.</summary>
public interface IInviteCodes
{
    /// <summary>Whether <paramref name="code"/> may be used to register now; a reason when not.</summary>
    Task<InviteCodeCheck> CheckAsync(string code, CancellationToken cancellationToken);
}

/// <summary>Outcome of <see cref="IInviteCodes.CheckAsync"/>; <see cref="Reason"/> is <c>not_found</c>, <c>expired</c>, <c>exhausted</c> or <c>revoked</c> when invalid.</summary>
public sealed record InviteCodeCheck(bool IsValid, string? Reason);
