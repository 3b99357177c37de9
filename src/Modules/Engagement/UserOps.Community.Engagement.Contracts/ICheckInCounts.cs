namespace UserOps.Community.Engagement.Contracts;

/// <summary>Today's live check-in count, site-wide or for one group, read from maintained counters (never a count over all check-ins).</summary>
public interface ICheckInCounts
{
    /// <summary>Members whose check-in is for local calendar day <paramref name="day"/>; <paramref name="groupId"/> null means site-wide.</summary>
    Task<int> GetAsync(DateOnly day, Guid? groupId, CancellationToken cancellationToken);
}
