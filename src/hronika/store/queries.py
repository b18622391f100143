"""Questions to the store: quotes by speaker, topic, date and words; entities; documents; an overview; exports."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import duckdb

from ..lang.lv.inflection import name_forms
from ..schema import NAMED_TYPES, SPEAKER_TYPES
from . import INSERT_ORDER, Store

QUOTE_COLUMNS = """q.id, q.document_id, q.published, q.kind, q.speaker_entity_id, q.speaker_name, q.speaker_text,
                   q.cue, q.content, q.confidence, d.title, d.url, d.outlet"""
TIMELINE_UNITS = ("week", "month")
NO_MATCH = [-1]  # an entity id no entity has: a name that matches nothing matches no quotation


@dataclass(frozen=True)
class QuoteFilter:
    """Which quotations: by speaker and by an entity named in them (any inflected name form, or an entity id), by
    date, words, kind, outlet and least confidence. `about_id` finds what others said about an entity: quotations
    whose content mentions it, by another speaker."""

    speaker: str | None = None
    about: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    contains: str | None = None
    min_confidence: float = 0.0
    kind: str | None = None
    outlet: str | None = None
    speaker_id: int | None = None
    about_id: int | None = None


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


def written(words: str) -> str:
    """A pattern (RE2, DuckDB's) that finds the words as written, in any letter case: a stem finds every inflected
    form ("sankcij"). DuckDB matches it about 15 times faster than ILIKE, which lowers every row's Unicode text."""
    return "(?i)" + re.escape(words)


def compared(sql: list[str], params: list, *comparisons: tuple[str, str, object]) -> None:
    """Add `column operator ?` and its value for each (column, operator, value) whose value is given."""
    for column, operator, value in comparisons:
        if value is not None:
            sql.append(f"{column} {operator} ?")
            params.append(value)


def quote_where(store: Store, where: QuoteFilter) -> tuple[str, list]:
    """The SQL condition (over `quotes q JOIN documents d`) and its parameters for a filter."""
    sql, params = ["q.confidence >= ?"], [where.min_confidence]
    speakers = [where.speaker_id] if where.speaker_id is not None else []
    if where.speaker:
        speakers = [*speakers, *(matching_entities(store, where.speaker) or NO_MATCH)]
    if where.speaker or where.speaker_id is not None:
        sql.append("q.speaker_entity_id IN (SELECT UNNEST(?))")
        params.append(speakers)
    named = [where.about_id] if where.about_id is not None else []
    if where.about:
        named = [*named, *(matching_entities(store, where.about, NAMED_TYPES) or NO_MATCH)]
    if where.about or where.about_id is not None:
        sql.append("""EXISTS (SELECT 1 FROM mentions m WHERE m.document_id = q.document_id
                      AND m.entity_id IN (SELECT UNNEST(?)) AND m.start_char >= q.start_char
                      AND m.end_char <= q.end_char)""")
        params.append(named)
    if where.about_id is not None:
        sql.append("q.speaker_entity_id IS DISTINCT FROM ?")
        params.append(where.about_id)
    compared(sql, params, ("q.published", ">=", where.since), ("q.published", "<=", where.until),
             ("q.kind", "=", where.kind), ("d.outlet", "=", where.outlet))
    if where.contains:
        sql.append("regexp_matches(q.content, ?)")
        params.append(written(where.contains))
    return " AND ".join(sql), params


def quote_rows(store: Store, where: QuoteFilter, limit: int = 50, offset: int = 0) -> list[dict]:
    """One page of the quotations a filter finds, newest first."""
    condition, params = quote_where(store, where)
    return list(store.rows(f"SELECT {QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.id = q.document_id "
                           f"WHERE {condition} ORDER BY q.published DESC NULLS LAST, q.id LIMIT ? OFFSET ?",
                           params + [limit, offset]))


def quote_count(store: Store, where: QuoteFilter) -> int:
    """How many quotations a filter finds."""
    condition, params = quote_where(store, where)
    return store.con.execute(f"SELECT count(*) FROM quotes q JOIN documents d ON d.id = q.document_id "
                             f"WHERE {condition}", params).fetchone()[0]


def quotes(store: Store, speaker: str | None = None, about: str | None = None, since: dt.date | None = None,
           until: dt.date | None = None, contains: str | None = None, limit: int = 50, offset: int = 0,
           min_confidence: float = 0.0, **more) -> list[dict]:
    """Quotations, newest first, filtered by speaker, by an entity named in them, by date, by words and by the
    least confidence (`more`: the other fields of QuoteFilter)."""
    where = QuoteFilter(speaker, about, since, until, contains, min_confidence, **more)
    return quote_rows(store, where, limit, offset)


def entities(store: Store, kind: str | None = None, top: int = 20, offset: int = 0) -> list[dict]:
    """Entities by how often they are mentioned, with their documents and quotes."""
    sql = """SELECT e.id, e.type, e.name, count(m.entity_id) AS mentions, count(DISTINCT m.document_id) AS documents,
                    (SELECT count(*) FROM quotes q WHERE q.speaker_entity_id = e.id) AS quotes
             FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id
             WHERE (? IS NULL OR e.type = ?) GROUP BY e.id, e.type, e.name
             ORDER BY mentions DESC, e.name LIMIT ? OFFSET ?"""
    return list(store.rows(sql, [kind, kind, top, offset]))


def entity(store: Store, entity_id: int, with_quotes: bool = True) -> dict | None:
    """One entity with its aliases and (`with_quotes`) its quotes over time."""
    found = list(store.rows("SELECT e.id, e.type, e.name, list(a.alias ORDER BY a.alias) AS aliases FROM entities e "
                            "LEFT JOIN aliases a ON a.entity_id = e.id WHERE e.id = ? GROUP BY e.id, e.type, e.name",
                            [entity_id]))
    if not found:
        return None
    if with_quotes:
        found[0]["quotes"] = list(store.rows(
            f"SELECT {QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.id = q.document_id "
            "WHERE q.speaker_entity_id = ? ORDER BY q.published NULLS LAST, q.id", [entity_id]))
    return found[0]


def entity_timeline(store: Store, entity_id: int, unit: str = "month") -> list[dict]:
    """How many quotations an entity said per week or month (`unit`), for the periods it said any, in order."""
    if unit not in TIMELINE_UNITS:
        raise ValueError(f"unit {unit!r}: one of {', '.join(TIMELINE_UNITS)}")
    return list(store.rows(f"SELECT CAST(date_trunc('{unit}', published) AS DATE) AS period, count(*) AS quotes "
                           "FROM quotes WHERE speaker_entity_id = ? AND published IS NOT NULL "
                           "GROUP BY period ORDER BY period", [entity_id]))


def quoted_with(store: Store, entity_id: int, limit: int = 10) -> list[dict]:
    """The speakers quoted most often in the same articles as an entity: id, name, type and the articles shared."""
    return list(store.rows(
        """SELECT e.id, e.name, e.type, count(DISTINCT other.document_id) AS documents
           FROM (SELECT DISTINCT document_id FROM quotes WHERE speaker_entity_id = ?) own
           JOIN quotes other ON other.document_id = own.document_id
           JOIN entities e ON e.id = other.speaker_entity_id
           WHERE other.speaker_entity_id <> ? GROUP BY e.id, e.name, e.type
           ORDER BY documents DESC, e.name LIMIT ?""", [entity_id, entity_id, limit]))


def document(store: Store, doc_id: int, min_confidence: float = 0.0) -> dict | None:
    """One document with its quotes (those of at least `min_confidence`; where their content, speaker mention and
    cue stand), entity mentions and time expressions."""
    found = list(store.rows("SELECT id, url, title, outlet, published, text, source FROM documents WHERE id = ?",
                            [doc_id]))
    if not found:
        return None
    doc = found[0]
    doc["quotes"] = list(store.rows("SELECT id, kind, speaker_entity_id, speaker_name, speaker_text, cue, content, "
                                    "start_char, end_char, speaker_start, speaker_end, cue_start, cue_end, "
                                    "confidence FROM quotes WHERE document_id = ? AND confidence >= ? "
                                    "ORDER BY start_char", [doc_id, min_confidence]))
    doc["mentions"] = list(store.rows("SELECT m.start_char, m.end_char, m.text, e.type, e.name, e.id AS entity_id "
                                      "FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.document_id = ? "
                                      "ORDER BY m.start_char", [doc_id]))
    doc["timexes"] = list(store.rows("SELECT start_char, end_char, text, type, value FROM timexes "
                                     "WHERE document_id = ? ORDER BY start_char", [doc_id]))
    return doc


def document_where(contains: str | None, outlet: str | None, since: dt.date | None,
                   until: dt.date | None) -> tuple[str, list]:
    """The SQL condition over `documents` for words in the title or text, an outlet and a date range."""
    sql, params = ["TRUE"], []
    if contains:
        sql.append("(regexp_matches(text, ?) OR regexp_matches(coalesce(title, ''), ?))")
        params += [written(contains)] * 2
    compared(sql, params, ("outlet", "=", outlet), ("published", ">=", since), ("published", "<=", until))
    return " AND ".join(sql), params


def documents(store: Store, offset: int = 0, limit: int = 50, contains: str | None = None,
              outlet: str | None = None, since: dt.date | None = None, until: dt.date | None = None) -> list[dict]:
    """Documents, newest first, without their text; only those with `contains` in their title or text, from
    `outlet`, published in [since, until], when given."""
    condition, params = document_where(contains, outlet, since, until)
    return list(store.rows(f"SELECT id, url, title, outlet, published, source FROM documents WHERE {condition} "
                           "ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?", params + [limit, offset]))


def document_count(store: Store, contains: str | None = None, outlet: str | None = None,
                   since: dt.date | None = None, until: dt.date | None = None) -> int:
    """How many documents `documents` finds with the same filters."""
    condition, params = document_where(contains, outlet, since, until)
    return store.con.execute(f"SELECT count(*) FROM documents WHERE {condition}", params).fetchone()[0]


def overview(store: Store, top: int = 10) -> dict:
    """The store at a glance: counts, documents per month, the most quoted speakers, the most mentioned named
    entities, and outlets by their documents."""
    months = store.rows("SELECT CAST(date_trunc('month', published) AS DATE) AS month, count(*) AS documents "
                        "FROM documents WHERE published IS NOT NULL GROUP BY month ORDER BY month")
    speakers = store.rows("SELECT e.id, e.name, e.type, count(*) AS quotes FROM quotes q "
                          "JOIN entities e ON e.id = q.speaker_entity_id GROUP BY e.id, e.name, e.type "
                          "ORDER BY quotes DESC, e.name LIMIT ?", [top])
    named = store.rows("SELECT e.id, e.name, e.type, m.mentions FROM (SELECT entity_id, count(*) AS mentions "
                       "FROM mentions GROUP BY entity_id) m JOIN entities e ON e.id = m.entity_id "
                       "WHERE e.type IN (SELECT UNNEST(?)) ORDER BY m.mentions DESC, e.name LIMIT ?",
                       [sorted(NAMED_TYPES), top])
    outlets = store.rows("SELECT outlet, count(*) AS documents FROM documents WHERE outlet IS NOT NULL "
                         "GROUP BY outlet ORDER BY documents DESC, outlet")
    return {**store.stats(), "months": list(months), "top_speakers": list(speakers), "top_entities": list(named),
            "outlets": list(outlets)}


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
