using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.Content.Domain;

namespace UserOps.Community.Content.Search;

internal sealed class SearchHit
{
    public Guid PostId { get; set; }

    public Guid GroupId { get; set; }

    public bool IsInPublicGroup { get; set; }

    public DateTime CreatedAt { get; set; }

    public double Rank { get; set; }
}

/// <summary>
/// Ranked full-text search: SQLite FTS5 (bm25), PostgreSQL tsvector (ts_rank); SQL Server, whose full-text
/// catalogs we cannot run here, falls back to token LIKE matching ordered by recency (ADR 0007).
/// </summary>
internal sealed class PostSearch(CommunityDbContext db)
{
    public async Task<IReadOnlyList<SearchHit>> FindAsync(
        IReadOnlyList<string> tokens, IReadOnlyList<Guid> myGroups, bool seesEverything, int skip, int take, CancellationToken cancellationToken)
    {
        var hits = Matches(tokens);
        if (!seesEverything)
        {
            hits = hits.Where(h => h.IsInPublicGroup || myGroups.Contains(h.GroupId));
        }

        return await hits.OrderByDescending(h => h.Rank).ThenByDescending(h => h.CreatedAt).Skip(skip).Take(take).ToListAsync(cancellationToken);
    }

    private IQueryable<SearchHit> Matches(IReadOnlyList<string> tokens)
    {
        if (db.Database.IsSqlite())
        {
            // Each token quoted: FTS5 treats them as an implicit AND of phrases, and user input cannot inject operators.
            var match = string.Join(' ', tokens.Select(t => $"\"{t.Replace("\"", "\"\"", StringComparison.Ordinal)}\""));
            return db.Database.SqlQuery<SearchHit>($"""
                SELECT s.post_id AS post_id, s.group_id AS group_id, s.is_in_public_group AS is_in_public_group,
                       s.created_at AS created_at, -bm25(content_post_search_fts) AS rank
                FROM content_post_search_fts
                JOIN content_post_search AS s ON s.id = content_post_search_fts.rowid
                WHERE content_post_search_fts MATCH {match}
                """);
        }

        if (db.Database.IsNpgsql())
        {
            var query = string.Join(' ', tokens);
            return db.Database.SqlQuery<SearchHit>($"""
                SELECT s.post_id, s.group_id, s.is_in_public_group, s.created_at,
                       ts_rank(s.search_vector, plainto_tsquery('simple', {query}))::double precision AS rank
                FROM content.post_search AS s
                WHERE s.search_vector @@ plainto_tsquery('simple', {query})
                """);
        }

        var documents = db.Set<PostSearchDocument>().AsQueryable();
        foreach (var token in tokens)
        {
            documents = documents.Where(d => d.Document.Contains(token));
        }

        return documents.Select(d => new SearchHit { PostId = d.PostId, GroupId = d.GroupId, IsInPublicGroup = d.IsInPublicGroup, CreatedAt = d.CreatedAt, Rank = 0 });
    }
}
