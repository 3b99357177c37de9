namespace UserOps.Community.Groups.Contracts;

/// <summary>What other modules may show about a group (e.g. on an invite page).</summary>
public sealed record GroupSummary(Guid Id, string Name, string Slug, bool IsPublic, bool IsArchived);

/// <summary>Looks groups up for other modules, which never read the groups tables themselves.</summary>
public interface IGroupDirectory
{
    /// <summary>The group, or null when there is no such group.</summary>
    Task<GroupSummary?> FindAsync(Guid groupId, CancellationToken cancellationToken);
}
