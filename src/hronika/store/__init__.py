"""The embedded DuckDB store of analysed articles: documents, entities across documents, quotes, time expressions."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from contextlib import contextmanager
from typing import IO, Iterable, Iterator

import duckdb

from ..lang.lv.names import is_written_name
from ..schema import PERSON, Analysis
from .migrations import MIGRATIONS, SCHEMA_VERSION, load_fts

INSERT_ORDER = ("documents", "entities", "entity_names", "aliases", "mentions", "quotes", "timexes", "rejected")
# An open file's path as this process sees it (Linux): a temporary file can be unlinked before DuckDB reads it.
OPEN_FILE_PATH = Path("/proc/self/fd")


@dataclass
class Article:
    """One article to store: its text and what is known about it."""

    text: str
    source: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    warning: str | None = None  # what reading it had to mend (bytes replaced): reported, not stored

    def __post_init__(self) -> None:
        # an empty URL, title or outlet is none: "" would make every URL-less article the same URL
        for name in ("url", "title", "outlet"):
            value = getattr(self, name)
            if isinstance(value, str) and not value.strip():
                setattr(self, name, None)
        if self.published is not None and not isinstance(self.published, dt.date):
            raise TypeError(f"{self.source}: published is {self.published!r}, not a datetime.date")

    @property
    def hash(self) -> str:
        """SHA-1 of the text with white space collapsed: the same text stored twice is one document."""
        return hashlib.sha1(" ".join(self.text.split()).encode()).hexdigest()


@dataclass
class EntityCache:
    """Entities by type and name, and persons by surname, as stored."""

    by_name: dict = field(default_factory=dict)
    by_surname: dict = field(default_factory=dict)
    names: dict = field(default_factory=dict)
    aliases: set = field(default_factory=set)
    next_id: int = 1

    def remember(self, entity_id: int, kind: str, name: str) -> None:
        """Index one entity."""
        self.by_name[(kind, name.lower())] = entity_id
        self.names[entity_id] = name
        if kind == PERSON:
            self.by_surname.setdefault((kind, surname(name)), []).append(entity_id)


def surname(name: str) -> str:
    """The last word of a person's canonical name, lower case."""
    words = name.split()
    return words[-1].lower() if words else ""


@contextmanager
def unlinked_file() -> Iterator[tuple[IO[str], str]]:
    """A temporary text file and a path DuckDB can read it by. On Linux the file has no name from the start
    (/proc/self/fd/N), so a kill -9 leaves nothing behind; elsewhere it is a named file removed after use."""
    if OPEN_FILE_PATH.is_dir():
        with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
            yield out, str(OPEN_FILE_PATH / str(out.fileno()))
        return
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as out:
        try:
            yield out, out.name
        finally:
            out.close()
            os.unlink(out.name)



def dict_rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    """A query's result rows as dictionaries, on any DuckDB connection (the store's, or one over Parquet files)."""
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]

class Store:
    """A DuckDB file with hronika's schema, migrated on open."""

    def __init__(self, path: Path | str, read_only: bool = False, threads: int | None = None):
        """`threads`: DuckDB's threads for every connection to this database (its default: one per core)."""
        self.path = Path(path)
        self.con = duckdb.connect(str(self.path), read_only=read_only,
                                  config={"threads": threads} if threads else {})
        self._entities: EntityCache | None = None
        self._columns: dict[str, list[tuple[str, str]]] = {}
        # never read a Python variable that happens to share a table's name ("entities") as a table
        self.con.execute("SET python_enable_replacements = false")
        if not read_only:
            self.migrate()
        elif self.schema_version() == 0:
            raise RuntimeError(f"{self.path}: not a hronika store (no schema)")
        load_fts(self.con)

    def close(self) -> None:
        """Close the connection."""
        self.con.close()

    def cursor(self) -> "Store":
        """The same store through a connection of its own (DuckDB's cursor), for another thread's reads: a
        connection serves one thread at a time, and each sees what the others committed."""
        reader = copy.copy(self)
        reader.con = self.con.cursor()
        reader.con.execute("SET python_enable_replacements = false")
        reader._entities, reader._columns = None, {}
        return reader

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def schema_version(self) -> int:
        """The schema version of the file (0 for a new one)."""
        tables = {row[0] for row in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "meta" not in tables:
            return 0
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def migrate(self) -> None:
        """Bring the file up to SCHEMA_VERSION, one migration per transaction."""
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise RuntimeError(f"{self.path}: schema version {current} is newer than this hronika ({SCHEMA_VERSION})")
        for version in range(current + 1, SCHEMA_VERSION + 1):
            self.con.execute("BEGIN TRANSACTION")
            try:
                for statement in MIGRATIONS[version]:
                    self.con.execute(statement)
                self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version)])
                self.con.execute("COMMIT")
            except BaseException:
                self.con.execute("ROLLBACK")
                raise

    def known(self, articles: Iterable[Article]) -> set[str]:
        """Hashes and URLs among these articles that are stored already."""
        articles = list(articles)
        hashes = [a.hash for a in articles]
        urls = [a.url for a in articles if a.url]
        found = {r[0] for r in self.con.execute("SELECT hash FROM documents WHERE hash IN (SELECT UNNEST(?))", [hashes]).fetchall()}
        if urls:
            found |= {r[0] for r in self.con.execute("SELECT url FROM documents WHERE url IN (SELECT UNNEST(?))", [urls]).fetchall()}
        return found

    def stored_as(self, article: Article) -> tuple[int, str] | None:
        """The stored document that has this article's text ("text") or else its URL ("URL"), with which; or None."""
        for column, key, what in (("hash", article.hash, "text"), ("url", article.url, "URL")):
            row = self.con.execute(f"SELECT id FROM documents WHERE {column} = ?", [key]).fetchone() if key else None
            if row is not None:
                return row[0], what
        return None

    def add(self, batch: list[tuple[Article, Analysis]], rejected: Iterable[tuple[str, str]] = ()) -> int:
        """Store analysed articles and rejected inputs in one transaction; articles stored already are skipped.
        Returns the number of new documents."""
        rows: dict[str, list[list]] = {table: [] for table in INSERT_ORDER}
        renamed: dict[int, str] = {}
        self.con.execute("BEGIN TRANSACTION")
        try:
            known = self.known(article for article, _ in batch)
            next_id = self.con.execute("SELECT coalesce(max(id), 0) + 1 FROM documents").fetchone()[0]
            for article, result in batch:
                keys = {article.hash} | ({article.url} if article.url else set())
                if keys & known:
                    continue
                known |= keys
                self.document_rows(next_id, article, result, rows, renamed)
                next_id += 1
            now = dt.datetime.now()
            rows["rejected"] = [[source, reason, now] for source, reason in rejected]
            for table in INSERT_ORDER:
                self.insert_rows(table, rows[table])
            for entity_id, name in renamed.items():  # rows inserted just now included
                self.con.execute("UPDATE entities SET name = ? WHERE id = ?", [name, entity_id])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            self._entities = None  # the cache may hold entities the rollback removed
            raise
        return len(rows["documents"])

    def document_rows(self, doc_id: int, article: Article, result: Analysis, rows: dict[str, list[list]],
                      renamed: dict[int, str]) -> None:
        """The rows of one document: itself, its entities' mentions and aliases, quotes, time expressions."""
        rows["documents"].append([doc_id, article.url, article.title, article.outlet, article.published, article.text,
                                  article.hash, article.source, dt.datetime.now()])
        entity_ids = {}
        for entity in result.entities:
            entity_id = self.resolve_entity(entity.type, entity.name, rows, renamed)
            entity_ids[entity.id] = entity_id
            rows["mentions"] += [[doc_id, entity_id, m.start, m.end, m.text] for m in entity.mentions]
            # only names find an entity again: a pronoun or a description ("pēc Putina vizītes") would make another
            # entity's quotations answer a query for whom it mentions
            for alias in {m.text for m in entity.mentions if is_written_name(m.text)} | {entity.name}:
                if (entity_id, alias) not in self.entity_cache().aliases:
                    self.entity_cache().aliases.add((entity_id, alias))
                    rows["aliases"].append([entity_id, alias])
        for quote in result.quotes:
            speaker, cue = quote.speaker, quote.cue
            rows["quotes"].append([
                None, doc_id, quote.kind, entity_ids.get(speaker.entity) if speaker else None,
                speaker.name if speaker else None, speaker.text if speaker else None, cue.text if cue else None,
                cue.lemma if cue else None, quote.content.text, quote.content.start, quote.content.end,
                quote.confidence, article.published, speaker.start if speaker else None,
                speaker.end if speaker else None, cue.start if cue else None, cue.end if cue else None])
        rows["timexes"] += [[doc_id, t.start, t.end, t.text, t.type, t.value] for t in result.timexes]

    def insert_rows(self, table: str, rows: list[list]) -> None:
        """Many rows at once, through a temporary JSON-lines file that DuckDB reads natively: 75 times faster
        than parameterised inserts, which DuckDB binds row by row."""
        if not rows:
            return
        columns = self.columns(table)
        generated = table == "quotes"  # a quote's id comes from its sequence; its row holds a placeholder
        fields = columns[1:] if generated else columns
        spec = "{" + ", ".join(f"'{name}': '{kind}'" for name, kind in fields) + "}"
        select = "nextval('quote_ids'), *" if generated else "*"
        with unlinked_file() as (out, path):
            for row in rows:
                values = row[1:] if generated else row
                out.write(json.dumps(dict(zip((n for n, _ in fields), values)), ensure_ascii=False, default=str) + "\n")
            out.flush()
            self.con.execute(f"INSERT INTO {table} SELECT {select} FROM read_json(?, format = 'newline_delimited', "
                             f"columns = {spec})", [path])

    def columns(self, table: str) -> list[tuple[str, str]]:
        """(name, type) of a table's columns, in order, read once per store."""
        if table not in self._columns:
            self._columns[table] = [(row[0], row[1]) for row in self.con.execute(f"DESCRIBE {table}").fetchall()]
        return self._columns[table]

    def entity_cache(self) -> "EntityCache":
        """The store's entities in memory, read once: resolving an article's 30 entities costs no queries. Every
        name an entity ever had finds it, as during the run that renamed it: a resumed run resolves as an
        uninterrupted one."""
        if self._entities is None:
            cache = EntityCache()
            for entity_id, kind, name in self.con.execute("SELECT id, type, name FROM entities ORDER BY id").fetchall():
                cache.remember(entity_id, kind, name)
            for entity_id, kind, name in self.con.execute(
                    "SELECT n.entity_id, e.type, n.name FROM entity_names n JOIN entities e ON e.id = n.entity_id "
                    "WHERE n.name <> e.name").fetchall():
                cache.by_name[(kind, name.lower())] = entity_id
            cache.aliases = set(self.con.execute("SELECT entity_id, alias FROM aliases").fetchall())
            cache.next_id = self.con.execute("SELECT coalesce(max(id), 0) + 1 FROM entities").fetchone()[0]
            self._entities = cache
        return self._entities

    def resolve_entity(self, kind: str, name: str, rows: dict[str, list[list]], renamed: dict[int, str]) -> int:
        """The store's entity for an article's entity: the same type and canonical name; for a person also the one
        person with that surname, when only one has it ("Siliņa" here, "Evika Siliņa" there)."""
        cache = self.entity_cache()
        found = cache.by_name.get((kind, name.lower()))
        if found is None and kind == PERSON:
            same = cache.by_surname.get((kind, surname(name)), [])
            if len(same) == 1 and (len(cache.names[same[0]].split()) == 1 or len(name.split()) == 1):
                found = same[0]
                if len(name.split()) > len(cache.names[found].split()):  # the fuller name names the entity
                    cache.names[found] = name
                    cache.by_name[(kind, name.lower())] = found
                    renamed[found] = name
                    rows["entity_names"].append([found, name])
        if found is None:
            found = cache.next_id
            cache.next_id += 1
            cache.remember(found, kind, name)
            rows["entities"].append([found, kind, name, surname(name)])
            rows["entity_names"].append([found, name])
        return found

    def reindex(self) -> None:
        """Rebuild the full-text indexes over documents and quotes (DuckDB's are not updated on insert)."""
        for table, column in (("documents", "text"), ("quotes", "content")):
            self.con.execute(f"PRAGMA create_fts_index('{table}', 'id', '{column}', stemmer='none', "
                             "strip_accents=0, lower=1, overwrite=1)")
        self.con.execute("INSERT OR REPLACE INTO meta VALUES ('indexed_documents', ?)", [self.documents_state()])

    def documents_state(self) -> str:
        """How many documents there are and the highest id: it changes whenever documents are added."""
        return str(self.con.execute("SELECT count(*), coalesce(max(id), 0) FROM documents").fetchone())

    def refresh_search_index(self) -> None:
        """Rebuild the full-text indexes if documents were added since they were built: writes stay cheap, and
        the first search after them sees them."""
        row = self.con.execute("SELECT value FROM meta WHERE key = 'indexed_documents'").fetchone()
        if row is None or row[0] != self.documents_state():
            self.reindex()

    def stats(self) -> dict[str, int]:
        """Counts of documents, entities, quotes, time expressions and rejected inputs."""
        tables = ("documents", "entities", "quotes", "timexes", "rejected")
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def rows(self, sql: str, params: list | None = None) -> Iterator[dict]:
        """Result rows as dictionaries."""
        yield from dict_rows(self.con, sql, params)
