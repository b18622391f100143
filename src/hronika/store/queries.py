"""Questions to the store: quotes by speaker, topic, date and words; entities; one document; exports."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Iterator

import duckdb

from ..lang.lv.inflection import name_forms
from ..schema import NAMED_TYPES, SPEAKER_TYPES
from . import INSERT_ORDER, Store

QUOTE_COLUMNS = """q.id, q.document_id, q.published, q.kind, q.speaker_name, q.speaker_text, q.cue, q.content,
                   q.confidence, d.title, d.url"""


def matching_entities(store: Store, query: str, types: frozenset[str] = SPEAKER_TYPES) -> list[int]:
    """Entities whose name or an alias holds every word of the query in some inflected form: "Siliņa",
    "Evikai Siliņai" and "siliņas" all find Evika Siliņa."""
    words = [name_forms(w) for w in query.split()]
    if not words:
        return []
    found = []
    prefix = min(query.split(), key=len)[:4].lower()
    rows = store.con.execute(
        "SELECT e.id, e.name, list(a.alias) FROM entities e LEFT JOIN aliases a ON a.entity_id = e.id "
        "WHERE e.type IN (SELECT UNNEST(?)) AND e.id IN (SELECT entity_id FROM aliases WHERE lower(alias) LIKE ?) "
        "GROUP BY e.id, e.name", [list(types), f"%{prefix}%"]).fetchall()
    for entity_id, name, aliases in rows:
        known = {w.lower() for text in [name, *(aliases or [])] if text for w in text.split()}
        known |= {form for w in list(known) for form in name_forms(w)}
        if all(forms & known for forms in words):
            found.append(entity_id)
    return found


def quotes(store: Store, speaker: str | None = None, about: str | None = None, since: dt.date | None = None,
           until: dt.date | None = None, contains: str | None = None, limit: int = 50, offset: int = 0,
           min_confidence: float = 0.0) -> list[dict]:
    """Quotations, newest first, filtered by speaker, by an entity named in them, by date, by words and by the
    least confidence."""
    where, params = ["q.confidence >= ?"], [min_confidence]
    if speaker:
        where.append("q.speaker_entity_id IN (SELECT UNNEST(?))")
        params.append(matching_entities(store, speaker) or [-1])
    if about:
        where.append("""EXISTS (SELECT 1 FROM mentions m WHERE m.document_id = q.document_id
                        AND m.entity_id IN (SELECT UNNEST(?)) AND m.start_char >= q.start_char
                        AND m.end_char <= q.end_char)""")
        params.append(matching_entities(store, about, NAMED_TYPES) or [-1])
    if since:
        where.append("q.published >= CAST(? AS DATE)")
        params.append(since)
    if until:
        where.append("q.published <= CAST(? AS DATE)")
        params.append(until)
    if contains:
        where.append("q.content ILIKE ?")
        params.append(f"%{contains}%")
    sql = (f"SELECT {QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.id = q.document_id "
           f"WHERE {' AND '.join(where)} "
           "ORDER BY q.published DESC NULLS LAST, q.id LIMIT ? OFFSET ?")
    return list(store.rows(sql, params + [limit, offset]))


def entities(store: Store, kind: str | None = None, top: int = 20, offset: int = 0) -> list[dict]:
    """Entities by how often they are mentioned, with their documents and quotes."""
    sql = """SELECT e.id, e.type, e.name, count(m.entity_id) AS mentions, count(DISTINCT m.document_id) AS documents,
                    (SELECT count(*) FROM quotes q WHERE q.speaker_entity_id = e.id) AS quotes
             FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id
             WHERE (? IS NULL OR e.type = ?) GROUP BY e.id, e.type, e.name
             ORDER BY mentions DESC, e.name LIMIT ? OFFSET ?"""
    return list(store.rows(sql, [kind, kind, top, offset]))


def entity(store: Store, entity_id: int) -> dict | None:
    """One entity with its aliases and its quotes over time."""
    found = list(store.rows("SELECT e.id, e.type, e.name, list(a.alias ORDER BY a.alias) AS aliases FROM entities e "
                            "LEFT JOIN aliases a ON a.entity_id = e.id WHERE e.id = ? GROUP BY e.id, e.type, e.name",
                            [entity_id]))
    if not found:
        return None
    found[0]["quotes"] = list(store.rows(
        f"SELECT {QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.id = q.document_id "
        "WHERE q.speaker_entity_id = ? ORDER BY q.published NULLS LAST, q.id", [entity_id]))
    return found[0]


def document(store: Store, doc_id: int, min_confidence: float = 0.0) -> dict | None:
    """One document with its quotes (those of at least `min_confidence`), entity mentions and time expressions."""
    found = list(store.rows("SELECT id, url, title, outlet, published, text, source FROM documents WHERE id = ?",
                            [doc_id]))
    if not found:
        return None
    doc = found[0]
    doc["quotes"] = list(store.rows("SELECT kind, speaker_name, speaker_text, cue, content, start_char, end_char, "
                                    "confidence FROM quotes WHERE document_id = ? AND confidence >= ? "
                                    "ORDER BY start_char", [doc_id, min_confidence]))
    doc["mentions"] = list(store.rows("SELECT m.start_char, m.end_char, m.text, e.type, e.name, e.id AS entity_id "
                                      "FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.document_id = ? "
                                      "ORDER BY m.start_char", [doc_id]))
    doc["timexes"] = list(store.rows("SELECT start_char, end_char, text, type, value FROM timexes "
                                     "WHERE document_id = ? ORDER BY start_char", [doc_id]))
    return doc


def documents(store: Store, offset: int = 0, limit: int = 50) -> list[dict]:
    """Documents, newest first, without their text."""
    return list(store.rows("SELECT id, url, title, outlet, published, source FROM documents "
                           "ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?", [limit, offset]))


def search(store: Store, text: str, limit: int = 20) -> list[dict]:
    """Documents ranked by BM25 over their text (DuckDB full-text search), else by substring."""
    try:
        return list(store.rows(
            "SELECT id, title, published, score FROM (SELECT *, fts_main_documents.match_bm25(id, ?) AS score "
            "FROM documents) WHERE score IS NOT NULL ORDER BY score DESC LIMIT ?", [text, limit]))
    except Exception:  # no FTS index yet (empty store) or no extension: a plain scan
        return list(store.rows("SELECT id, title, published, NULL AS score FROM documents WHERE text ILIKE ? "
                               "LIMIT ?", [f"%{text}%", limit]))


def document_texts(store: Store, batch: int = 256) -> Iterator[tuple[int, str]]:
    """Every document's id and text, in id order, fetched a batch at a time (a corpus need not fit in memory)."""
    cursor = store.con.execute("SELECT id, text FROM documents ORDER BY id")
    while rows := cursor.fetchmany(batch):
        yield from rows


def export_jsonl(store: Store, min_confidence: float = 0.0) -> Iterator[str]:
    """Every document as one JSON line with its quotes (those of at least `min_confidence`), mentions and time
    expressions."""
    for (doc_id,) in store.con.execute("SELECT id FROM documents ORDER BY id").fetchall():
        yield json.dumps(document(store, doc_id, min_confidence), ensure_ascii=False, default=str)


def export_parquet(store: Store, folder: Path, min_confidence: float = 0.0) -> list[Path]:
    """Every table as a Parquet file in a folder; the quotes of at least `min_confidence`."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in INSERT_ORDER:
        path = folder / f"{table}.parquet"
        rows = store.con.table(table)
        if table == "quotes":
            rows = rows.filter(duckdb.ColumnExpression("confidence") >= duckdb.ConstantExpression(min_confidence))
        rows.write_parquet(str(path))  # the path is a value, never part of SQL
        written.append(path)
    return written
