"""The store's schema as numbered migrations, and the full-text search extension."""

from __future__ import annotations

from pathlib import Path

import duckdb

SCHEMA_VERSION = 3
# Each version's statements run in one transaction; a file at version n gets n+1 … SCHEMA_VERSION on open.
MIGRATIONS: dict[int, list[str]] = {
    1: [
        "CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
        "CREATE SEQUENCE document_ids START 1",
        "CREATE SEQUENCE entity_ids START 1",
        "CREATE SEQUENCE quote_ids START 1",
        """CREATE TABLE documents (id BIGINT PRIMARY KEY, url VARCHAR UNIQUE, title VARCHAR, outlet VARCHAR,
           published DATE, text VARCHAR NOT NULL, hash VARCHAR NOT NULL UNIQUE, source VARCHAR,
           ingested_at TIMESTAMP)""",
        "CREATE TABLE entities (id BIGINT PRIMARY KEY, type VARCHAR NOT NULL, name VARCHAR NOT NULL, surname VARCHAR)",
        "CREATE TABLE aliases (entity_id BIGINT NOT NULL, alias VARCHAR NOT NULL)",
        """CREATE TABLE mentions (document_id BIGINT NOT NULL, entity_id BIGINT NOT NULL, start_char INTEGER,
           end_char INTEGER, text VARCHAR)""",
        """CREATE TABLE quotes (id BIGINT PRIMARY KEY, document_id BIGINT NOT NULL, kind VARCHAR,
           speaker_entity_id BIGINT, speaker_name VARCHAR, speaker_text VARCHAR, cue VARCHAR, cue_lemma VARCHAR,
           content VARCHAR, start_char INTEGER, end_char INTEGER, confidence DOUBLE, published DATE)""",
        """CREATE TABLE timexes (document_id BIGINT NOT NULL, start_char INTEGER, end_char INTEGER, text VARCHAR,
           type VARCHAR, value VARCHAR)""",
        "CREATE TABLE rejected (source VARCHAR, reason VARCHAR, rejected_at TIMESTAMP)",
        "CREATE INDEX mentions_entity ON mentions (entity_id)",
        "CREATE INDEX quotes_speaker ON quotes (speaker_entity_id)",
    ],
    # every canonical name an entity has had ("Rāviņš" before "Andris Rāviņš"): they still find it after a restart
    2: [
        "CREATE TABLE entity_names (entity_id BIGINT NOT NULL, name VARCHAR NOT NULL)",
        "INSERT INTO entity_names SELECT id, name FROM entities",
    ],
    # where a quotation's speaker mention and cue stand (the web page marks them); rows stored before have NULL.
    # Indexes for the web page's lookups of one document's rows and one entity's mentions in quotations.
    3: [
        "ALTER TABLE quotes ADD COLUMN speaker_start INTEGER",
        "ALTER TABLE quotes ADD COLUMN speaker_end INTEGER",
        "ALTER TABLE quotes ADD COLUMN cue_start INTEGER",
        "ALTER TABLE quotes ADD COLUMN cue_end INTEGER",
        "CREATE INDEX quotes_document ON quotes (document_id)",
        "CREATE INDEX mentions_document ON mentions (document_id)",
        "CREATE INDEX timexes_document ON timexes (document_id)",
        "CREATE INDEX documents_published ON documents (published)",
    ],
}


def fts_extension_path() -> Path | None:
    """DuckDB's full-text-search extension as shipped by the `duckdb-extension-fts` package, if installed."""
    try:
        import duckdb_extension_fts
    except ImportError:
        return None
    found = sorted(Path(duckdb_extension_fts.__file__).parent.glob(f"extensions/v{duckdb.__version__}/fts.duckdb_extension"))
    return found[0] if found else None


def load_fts(con: duckdb.DuckDBPyConnection) -> bool:
    """Load the FTS extension (bundled by a pip package: DuckDB would download it, which needs the network)."""
    path = fts_extension_path()
    try:
        con.execute("LOAD '{}'".format(str(path).replace("'", "''")) if path else "LOAD fts")
        return True
    except duckdb.Error:
        return False
