"""The analysis as Parquet tables (documents, mentions, quotes, timexes, rejections) and back, for scale-out runs."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Iterator

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs

from ..schema import Analysis, Cue, Entity, Mention, Quote, Speaker, TextSpan, Timex
from . import Article

TABLES = ("documents", "mentions", "quotes", "timexes", "rejections")
DOCUMENTS = "documents"  # written last in a batch: its file marks the batch complete
SPAN = pa.int64()
STREAM_ROWS = 10_000  # rows an import fetches at a time
# The tables rebuilt into a document's analysis, and the order of its rows in each.
PART_ORDER = {"mentions": "entity_index, start_char", "quotes": "quote_index", "timexes": "start_char, end_char"}
# One schema per table: the Article's fields and the schema.Analysis dataclasses flattened, keyed by the document's
# hash (the store's identity of a text); `ordinal` is the input order, which entity resolution follows on import.
SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([("hash", pa.string()), ("ordinal", pa.int64()), ("batch", pa.string()),
                            ("source", pa.string()), ("url", pa.string()), ("title", pa.string()),
                            ("outlet", pa.string()), ("published", pa.date32()), ("language", pa.string()),
                            ("text", pa.string())]),
    "mentions": pa.schema([("hash", pa.string()), ("batch", pa.string()), ("entity", pa.string()),
                           ("entity_index", pa.int32()), ("type", pa.string()), ("name", pa.string()),
                           ("start_char", SPAN), ("end_char", SPAN), ("text", pa.string())]),
    "quotes": pa.schema([("hash", pa.string()), ("batch", pa.string()), ("quote_index", pa.int32()),
                         ("kind", pa.string()), ("confidence", pa.float64()),
                         ("content", pa.string()), ("start_char", SPAN), ("end_char", SPAN),
                         ("speaker_entity", pa.string()), ("speaker_name", pa.string()),
                         ("speaker_text", pa.string()), ("speaker_start", SPAN), ("speaker_end", SPAN),
                         ("cue", pa.string()), ("cue_lemma", pa.string()), ("cue_start", SPAN), ("cue_end", SPAN),
                         ("medium", pa.string()), ("medium_start", SPAN), ("medium_end", SPAN)]),
    "timexes": pa.schema([("hash", pa.string()), ("batch", pa.string()), ("start_char", SPAN), ("end_char", SPAN),
                          ("text", pa.string()), ("type", pa.string()), ("value", pa.string())]),
    "rejections": pa.schema([("hash", pa.string()), ("batch", pa.string()), ("source", pa.string()),
                             ("reason", pa.string())]),
}


def empty_rows() -> dict[str, list[dict]]:
    """A batch's rows, table by table."""
    return {table: [] for table in TABLES}


def span_fields(prefix: str, span: TextSpan | None, text_key: str | None = None) -> dict:
    """A span as three columns (text, start, end), None when there is no span."""
    return {text_key or prefix: span.text if span else None, f"{prefix}_start": span.start if span else None,
            f"{prefix}_end": span.end if span else None}


def article_rows(rows: dict[str, list[dict]], batch: str, ordinal: int, article: Article, result: Analysis) -> None:
    """Append one analysed article's rows (the inverse of `analyses`)."""
    key = article.hash
    rows["documents"].append({"hash": key, "ordinal": ordinal, "batch": batch, "source": article.source,
                              "url": article.url, "title": article.title, "outlet": article.outlet,
                              "published": article.published, "language": result.language, "text": article.text})
    for index, entity in enumerate(result.entities):
        base = {"hash": key, "batch": batch, "entity": entity.id, "entity_index": index, "type": entity.type,
                "name": entity.name}
        spans = entity.mentions or [None]  # an entity without mentions still has its row
        rows["mentions"] += [{**base, "start_char": m.start if m else None, "end_char": m.end if m else None,
                              "text": m.text if m else None} for m in spans]
    for index, quote in enumerate(result.quotes):
        speaker, cue, medium = quote.speaker, quote.cue, quote.medium
        rows["quotes"].append({
            "hash": key, "batch": batch, "quote_index": index, "kind": quote.kind, "confidence": quote.confidence,
            "content": quote.content.text, "start_char": quote.content.start, "end_char": quote.content.end,
            "speaker_entity": speaker.entity if speaker else None, "speaker_name": speaker.name if speaker else None,
            **span_fields("speaker", speaker, "speaker_text"), **span_fields("cue", cue),
            "cue_lemma": cue.lemma if cue else None, **span_fields("medium", medium)})
    rows["timexes"] += [{"hash": key, "batch": batch, "start_char": t.start, "end_char": t.end, "text": t.text,
                         "type": t.type, "value": t.value} for t in result.timexes]


def rejection_row(rows: dict[str, list[dict]], batch: str, key: str | None, source: str, reason: str) -> None:
    """Append an input that was not analysed, with why."""
    rows["rejections"].append({"hash": key, "batch": batch, "source": source, "reason": reason})


def arrow_table(table: str, rows: list[dict]) -> pa.Table:
    """A table's rows under its schema."""
    return pa.Table.from_pylist(rows, schema=SCHEMAS[table])


def filesystem(folder: Path | str) -> tuple[pafs.FileSystem, str]:
    """The filesystem and root path of an output folder: a local path, or a URI (s3://, gs://, hdfs://, file://)."""
    if "://" in str(folder):
        return pafs.FileSystem.from_uri(str(folder))
    return pafs.LocalFileSystem(), str(Path(folder).resolve())


def dataset(folder: Path | str, table: str, batches: list[str] | None = None) -> ds.Dataset:
    """One table's files under a folder, all of them or those of some batches (none yet is an empty table of the
    same columns)."""
    fs, root = filesystem(folder)
    if batches is not None:
        files = [f"{root}/{table}/{name}.parquet" for name in batches]
    else:
        found = fs.get_file_info(pafs.FileSelector(f"{root}/{table}", allow_not_found=True))
        files = sorted(i.path for i in found if i.type == pafs.FileType.File and i.base_name.endswith(".parquet"))
    return ds.dataset(files, schema=SCHEMAS[table], format="parquet", filesystem=fs)


def connect(folder: Path | str, batches: list[str] | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with one view per table over the Parquet files (or some batches' files), wherever
    pyarrow reaches them (local, shared or object storage): a corpus queried where it lies."""
    con = duckdb.connect()
    for table in TABLES:
        con.register(table, dataset(folder, table, batches))
    return con


def span(row: dict, prefix: str, text_key: str | None = None) -> tuple[int, int, str] | None:
    """Three columns back to (start, end, text), None when absent."""
    start = row[f"{prefix}_start"]
    return None if start is None else (start, row[f"{prefix}_end"], row[text_key or prefix])


def streamed(con: duckdb.DuckDBPyConnection, sql: str) -> Iterator[dict]:
    """A query's rows as dicts, fetched STREAM_ROWS at a time."""
    for batch in con.execute(sql).to_arrow_reader(STREAM_ROWS):
        yield from batch.to_pylist()


def by_ordinal(folder: Path | str, table: str, order: str, batches: list[str] | None
               ) -> Iterator[tuple[int, list[dict]]]:
    """One table's rows grouped by their document's ordinal, in ordinal order (DuckDB sorts, spilling to disk
    when it must)."""
    sql = f"SELECT t.*, d.ordinal FROM {table} t JOIN documents d USING (hash, batch) ORDER BY d.ordinal, {order}"
    for ordinal, rows in itertools.groupby(streamed(connect(folder, batches), sql), key=lambda row: row["ordinal"]):
        yield ordinal, list(rows)


def analyses(folder: Path | str, batches: list[str] | None = None) -> Iterator[tuple[Article, Analysis]]:
    """Every written document (or those of some batches) with its analysis, in input order: what `store import`
    adds to the store. The tables are read as streams merged by ordinal, so memory holds a window of rows, never
    the folder."""
    parts = {table: by_ordinal(folder, table, order, batches) for table, order in PART_ORDER.items()}
    heads = {table: next(groups, None) for table, groups in parts.items()}
    for doc in streamed(connect(folder, batches), "SELECT * FROM documents ORDER BY ordinal"):
        rows: dict[str, list[dict]] = {}
        for table, groups in parts.items():
            if heads[table] is not None and heads[table][0] == doc["ordinal"]:
                rows[table] = heads[table][1]
                heads[table] = next(groups, None)
        published = doc["published"]
        article = Article(doc["text"], doc["source"], doc["url"], doc["title"], doc["outlet"],
                          published if isinstance(published, dt.date) else None)
        yield article, analysis_of(doc["language"], article.published, rows)


def analysis_of(language: str, published: dt.date | None, rows: dict[str, list[dict]]) -> Analysis:
    """One document's rows back to its typed analysis."""
    entities: dict[int, Entity] = {}
    for row in rows.get("mentions", []):
        entity = entities.setdefault(row["entity_index"], Entity(row["entity"], row["type"], row["name"], []))
        if row["start_char"] is not None:
            entity.mentions.append(Mention(row["start_char"], row["end_char"], row["text"]))
    quotes = []
    for row in rows.get("quotes", []):
        speaker, cue, medium = span(row, "speaker", "speaker_text"), span(row, "cue"), span(row, "medium")
        quotes.append(Quote(row["kind"], Speaker(*speaker, row["speaker_entity"], row["speaker_name"]) if speaker
                            else None, Cue(*cue, row["cue_lemma"]) if cue else None,
                            TextSpan(row["start_char"], row["end_char"], row["content"]), row["confidence"],
                            TextSpan(*medium) if medium else None))
    timexes = [Timex(r["start_char"], r["end_char"], r["text"], r["type"], r["value"])
               for r in rows.get("timexes", [])]
    return Analysis(language, published, [entities[i] for i in sorted(entities)], quotes, timexes)


def rejections(folder: Path | str, batches: list[str] | None = None) -> list[tuple[str, str]]:
    """Every written rejection (source, reason), or those of some batches, once."""
    return connect(folder, batches).execute("SELECT DISTINCT source, reason FROM rejections ORDER BY source, reason").fetchall()


def written_keys(folder: Path | str) -> tuple[set[str], set[str]]:
    """Hashes (documents and analysed-then-rejected ones) and URLs already written: what a re-run skips."""
    con = connect(folder)
    hashes = {r[0] for r in con.execute("SELECT hash FROM documents UNION SELECT hash FROM rejections "
                                        "WHERE hash IS NOT NULL").fetchall()}
    urls = {r[0] for r in con.execute("SELECT url FROM documents WHERE url IS NOT NULL").fetchall()}
    return hashes, urls


def import_batches(store, folder: Path | str, batches: list[str]) -> int:
    """Merge some written batches into the store in one transaction, in input order: what a Ray run merges while
    its actors go on. Returns the number of new documents."""
    return store.add(list(analyses(folder, batches)), rejections(folder, batches))


def batch_names(folder: Path | str) -> list[str]:
    """The complete batches of a folder."""
    return [r[0] for r in connect(folder).execute("SELECT DISTINCT batch FROM documents").fetchall()]


def import_folder(store, folder: Path | str, merged: set[str] = frozenset(), commit_every: int = 64) -> int:
    """Merge a Parquet folder into the store in input order, one transaction per `commit_every` documents, with
    the store's cross-document entity resolution; documents stored already, and the batches in `merged`, are
    skipped, so an interrupted import is resumed by running it again. Returns the number of new documents."""
    added, window = 0, []
    for item in analyses(folder, [b for b in batch_names(folder) if b not in merged] if merged else None):
        window.append(item)
        if len(window) == commit_every:
            added += store.add(window)
            window = []
    stored_rejections = {(r["source"], r["reason"]) for r in store.rows("SELECT source, reason FROM rejected")}
    added += store.add(window, [r for r in rejections(folder) if r not in stored_rejections])
    store.reindex()
    return added
