namespace UserOps.Community.Migrations.Sqlite;

/// <summary>
/// SQLite's part of post search (ADR 0007): EF cannot model FTS5 virtual tables, so the Content migration
/// creates one over content_post_search and triggers that keep it in step with every insert, update and delete.
/// </summary>
internal static class SqliteFullTextSearch
{
    public const string Create = """
        CREATE VIRTUAL TABLE content_post_search_fts USING fts5(
            document, content='content_post_search', content_rowid='id', tokenize='unicode61');
        CREATE TRIGGER content_post_search_ai AFTER INSERT ON content_post_search BEGIN
            INSERT INTO content_post_search_fts(rowid, document) VALUES (new.id, new.document);
        END;
        CREATE TRIGGER content_post_search_ad AFTER DELETE ON content_post_search BEGIN
            INSERT INTO content_post_search_fts(content_post_search_fts, rowid, document) VALUES ('delete', old.id, old.document);
        END;
        CREATE TRIGGER content_post_search_au AFTER UPDATE ON content_post_search BEGIN
            INSERT INTO content_post_search_fts(content_post_search_fts, rowid, document) VALUES ('delete', old.id, old.document);
            INSERT INTO content_post_search_fts(rowid, document) VALUES (new.id, new.document);
        END;
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS content_post_search_au;
        DROP TRIGGER IF EXISTS content_post_search_ad;
        DROP TRIGGER IF EXISTS content_post_search_ai;
        DROP TABLE IF EXISTS content_post_search_fts;
        """;
}
