namespace UserOps.Community.Growth.Contracts;

/// <summary>The result of spending points.</summary>
public enum SpendOutcome
{
    /// <summary>The points were taken from the balance.</summary>
    Spent = 0,

    /// <summary>The balance did not cover the amount; nothing changed.</summary>
    InsufficientBalance = 1,
}

/// <summary>
/// Spends a member's points for another module's action. Runs on the request's scoped database context: call it inside
/// the caller's transaction so the spend and the action commit (or roll back) together.
/// </summary>
public interface IPointsWallet
{
    /// <summary>Takes <paramref name="amount"/> points from the balance if it covers them, recording a spent ledger entry for <paramref name="sourceId"/>.</summary>
    Task<SpendOutcome> SpendAsync(Guid memberId, int amount, string reason, Guid sourceId, CancellationToken cancellationToken);
}

/// <summary>What the growth rules paid for one source event.</summary>
public interface IPointsAwardQuery
{
    /// <summary>Points earned by the member for <paramref name="sourceEventId"/>; null when the growth pipeline has not processed that event yet.</summary>
    Task<int?> AwardedForAsync(Guid memberId, Guid sourceEventId, CancellationToken cancellationToken);
}
