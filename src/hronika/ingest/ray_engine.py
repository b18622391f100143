"""Ingestion on Ray Data: shards read in tasks, the first of each text kept, articles analysed by an actor pool,
each batch written as Parquet tables."""

from __future__ import annotations

import hashlib
import os
import resource
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.fs as pafs
import pyarrow.parquet as pq
import ray

from ..schema import Analysis
from ..store import Article, Store
from ..store.parquet import (DOCUMENTS, TABLES, arrow_table, article_rows, empty_rows, filesystem, import_batches,
                             import_folder, rejection_row, written_keys)
from .run import Report, analysed_window, refusal
from .shards import SHARD_BYTES, Shard, newlines_before_end, numbered, plan, read_shard
from .sources import Columns, Rejection, with_metadata

BATCH = 16  # articles per actor call and per Parquet file: a kill loses at most one batch per actor
ARTICLE_FIELDS = ("text", "source", "url", "title", "outlet", "published")
SHARD_BITS = 32  # an article's ordinal: its shard's index, then its place in the shard (up to 2**32)
MERGE_EVERY = 256  # articles merged into the store at a time while the actors work: one transaction each
IN_FLIGHT = 2  # batches queued at an actor: the next is ready when one ends, and a slow batch holds up few
READ_BLOCKS_PER_CPU = 4  # read tasks per CPU when the shards are many small files: fewer, longer tasks
# What a read task gives: an article (text and hash set) or a rejection (reason set), numbered in input order.
READ_SCHEMA = pa.schema([("ordinal", pa.int64()), ("text", pa.string()), ("source", pa.string()),
                         ("url", pa.string()), ("title", pa.string()), ("outlet", pa.string()),
                         ("published", pa.date32()), ("warning", pa.string()), ("reason", pa.string()),
                         ("hash", pa.string())])
KEY_COLUMNS = ["ordinal", "hash", "url", "source", "warning", "reason"]  # all the driver sees of what was read
ADMISSION = "admission"  # the batch-name prefix of the rejections met while reading
TMP = ".tmp"  # a file being written; renamed when complete
RAY_LOG_LEVEL = "WARNING"  # Ray's INFO lines would bury the progress bar


@dataclass
class RayReport(Report):
    """What a Ray run did, and each actor's peak memory (MB, by process id)."""

    actor_rss_mb: dict[int, int] = field(default_factory=dict)
    actor_articles: dict[int, int] = field(default_factory=dict)  # articles each actor took: how even the pool is
    actor_seconds: float = 0.0  # time the actors spent analysing and writing, summed


def write_batch(out: str, name: str, rows: dict[str, list[dict]]) -> None:
    """Write a batch's tables, each to a temporary name then renamed, `documents` last: its file marks the batch
    written, and a batch without it is cleared by the next run."""
    fs, root = filesystem(out)
    for table in [t for t in TABLES if t != DOCUMENTS] + [DOCUMENTS]:
        fs.create_dir(f"{root}/{table}", recursive=True)
        path = f"{root}/{table}/{name}.parquet"
        pq.write_table(arrow_table(table, rows[table]), path + TMP, filesystem=fs)
        fs.move(path + TMP, path)


def clear_partial(out: str) -> int:
    """Remove what a killed run left half-written: temporary files and batches whose documents file is missing.
    Returns how many files were removed."""
    fs, root = filesystem(out)
    files = {t: [i for i in fs.get_file_info(pafs.FileSelector(f"{root}/{t}", allow_not_found=True))
                 if i.type == pafs.FileType.File] for t in TABLES}
    complete = {i.base_name for i in files[DOCUMENTS] if i.base_name.endswith(".parquet")}
    stale = [i.path for t in TABLES for i in files[t] if i.base_name.endswith(TMP) or i.base_name not in complete]
    for path in stale:
        fs.delete_file(path)
    return len(stale)


def read_rows(batch: pa.Table, columns: Columns, metadata: dict[str, dict]) -> pa.Table:
    """A read task: the articles and rejections of a block of shards, numbered in input order."""
    rows = []
    for shard in (Shard(**r) for r in batch.to_pylist()):
        items = with_metadata(read_shard(shard, columns), metadata)
        for position, item in enumerate(items):
            ordinal = shard.index << SHARD_BITS | position
            if isinstance(item, Rejection):
                rows.append({"ordinal": ordinal, "source": item.source, "reason": item.reason})
            else:
                rows.append({"ordinal": ordinal, "hash": item.hash, "warning": item.warning,
                             **{name: getattr(item, name) for name in ARTICLE_FIELDS}})
    return pa.Table.from_pylist(rows, schema=READ_SCHEMA)


def article_of(row: dict) -> Article:
    """A row of the Ray dataset back to its article."""
    return Article(**{name: row[name] for name in ARTICLE_FIELDS})


class Analyser:
    """An actor of the pool: loads the pipeline once, then checks, analyses and writes batches of articles."""

    def __init__(self, out: str, model: str | None = None):
        from ..pipeline import load

        self.out, self.nlp = out, load(model)

    def __call__(self, batch: pa.Table) -> dict[str, list]:
        began = time.perf_counter()
        rows_in = batch.to_pylist()
        name = f"batch-{rows_in[0]['ordinal']:09d}"
        rows = empty_rows()
        articles, ordinals = [], []
        for row in rows_in:  # size and language: the embedded path's refusals, per article
            article = article_of(row)
            reason = refusal(article)
            if reason is None:
                articles.append(article)
                ordinals.append(row["ordinal"])
            else:
                rejection_row(rows, name, article.hash, article.source, reason)
        for ordinal, (article, result) in zip(ordinals, analysed_window(self.nlp, articles)):
            if isinstance(result, Analysis):
                article_rows(rows, name, ordinal, article, result)
            else:  # a document that failed is a rejection with its reason, not a failed job
                rejection_row(rows, name, article.hash, article.source, result)
        write_batch(self.out, name, rows)
        return {"batch": [name], "first": [rows_in[0]["ordinal"]], "documents": [len(rows["documents"])],
                "analysed": [len(rows_in)],
                "rejections": [[f"{r['source']}\t{r['reason']}" for r in rows["rejections"]]],
                "seconds": [time.perf_counter() - began], "pid": [os.getpid()],
                "max_rss_mb": [resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024]}


def wanted(block: pa.Table, keep: np.ndarray) -> pa.Table:
    """The articles of a block that are to be analysed (`keep`: their ordinals, sorted)."""
    return block.filter(pa.array(np.isin(block["ordinal"].to_numpy(), keep, assume_unique=True)))


def to_analyse(keys: pa.Table, out: str, report: RayReport) -> np.ndarray:
    """The ordinals of the articles to analyse: the first of their text and of their URL across all shards (as
    `run.admitted` decides), whose hash and URL the output folder does not hold yet. Only the keys come to the
    driver, never the texts."""
    articles = keys.filter(pc.is_valid(keys["hash"]))
    first_of_text = articles.group_by("hash").aggregate([("ordinal", "min")])["ordinal_min"].to_numpy()
    with_url = articles.filter(pc.is_valid(articles["url"]))
    first_of_url = with_url.group_by("url").aggregate([("ordinal", "min")])["ordinal_min"].to_numpy()
    url_repeats = np.setdiff1d(with_url["ordinal"].to_numpy(), first_of_url, assume_unique=True)  # ordinals: unique
    first = np.setdiff1d(first_of_text, url_repeats, assume_unique=True)
    firsts = articles.filter(pa.array(np.isin(articles["ordinal"].to_numpy(), first)))
    hashes, urls = written_keys(out)
    written = pc.or_kleene(pc.is_in(firsts["hash"], pa.array(list(hashes), pa.string())),
                           pc.fill_null(pc.is_in(firsts["url"], pa.array(list(urls), pa.string())), False))
    mended = firsts.filter(pc.is_valid(firsts["warning"]))
    report.warnings += [Rejection(*r) for r in zip(mended["source"].to_pylist(), mended["warning"].to_pylist())]
    keep = np.sort(firsts.filter(pc.invert(written))["ordinal"].to_numpy())
    report.skipped += articles.num_rows - len(keep)
    return keep


def write_admission(out: str, rejections: list[Rejection]) -> None:
    """The rejections of reading as a batch named by its content: a re-run rewrites the same file."""
    if not rejections:
        return
    digest = hashlib.sha1("\n".join(f"{r.source}\t{r.reason}" for r in rejections).encode()).hexdigest()[:16]
    name = f"{ADMISSION}-{digest}"
    rows = empty_rows()
    for rejection in rejections:
        rejection_row(rows, name, None, rejection.source, rejection.reason)
    write_batch(out, name, rows)


def start_ray(address: str | None, workers: int) -> bool:
    """Join the cluster at `address`, or start a local Ray instance; True if this call started it."""
    if ray.is_initialized():
        return False
    if address:
        ray.init(address=address, include_dashboard=False, log_to_driver=False, logging_level=RAY_LOG_LEVEL)
    else:
        ray.init(num_cpus=max(workers, os.cpu_count() or 1), include_dashboard=False, log_to_driver=False,
                 logging_level=RAY_LOG_LEVEL)
    return True


def newline_counts(shards: list[Shard]) -> list[int]:
    """`newlines_before_end` of every JSONL range, in Ray tasks."""
    ranges = [s for s in shards if s.is_jsonl_range]
    if not ranges:
        return []
    counted = ray.data.from_items([asdict(s) for s in ranges], override_num_blocks=len(ranges))
    return [r["count"] for r in counted.map(lambda r: {"index": r["index"], "count": newlines_before_end(Shard(**r))}
                                            ).sort("index").iter_rows()]


def read_dataset(shards: list[Shard], columns: Columns, metadata: dict[str, dict]) -> ray.data.Dataset:
    """Every shard read in Ray tasks (many small files grouped, READ_BLOCKS_PER_CPU tasks a CPU), held in Ray's
    object store until the analysis."""
    cpus = int(ray.cluster_resources().get("CPU", 1))
    blocks = min(len(shards), READ_BLOCKS_PER_CPU * cpus + sum(s.end is not None for s in shards))
    return ray.data.from_items([asdict(s) for s in shards], override_num_blocks=max(blocks, 1)).map_batches(
        read_rows, batch_size=None, batch_format="pyarrow", fn_kwargs={"columns": columns, "metadata": metadata}
    ).materialize()


def keys_of(read: ray.data.Dataset) -> pa.Table:
    """The key columns of everything read, on the driver."""
    return pa.concat_tables(ray.get(read.select_columns(KEY_COLUMNS).to_arrow_refs())
                            or [READ_SCHEMA.empty_table().select(KEY_COLUMNS)])


def reading_rejections(keys: pa.Table) -> list[Rejection]:
    """What could not be read, in input order."""
    failed = keys.filter(pc.is_valid(keys["reason"])).sort_by("ordinal")
    return [Rejection(*r) for r in zip(failed["source"].to_pylist(), failed["reason"].to_pylist())]


class InOrder:
    """Written batches released in input order, MERGE_EVERY articles at a time: a batch once every batch before it
    is written. A batch is a run of the sorted ordinals to analyse (`keep`), found by its first ordinal."""

    def __init__(self, keep: np.ndarray):
        self.keep, self.next, self.written, self.ready, self.articles = keep, 0, {}, [], 0

    def add(self, first: int, count: int, name: str) -> list[str]:
        """Note a written batch; the batches now released (none until MERGE_EVERY articles are ready)."""
        self.written[int(np.searchsorted(self.keep, first))] = (name, count)
        while self.next in self.written:
            name, count = self.written.pop(self.next)
            self.ready.append(name)
            self.next += count
            self.articles += count
        if self.articles < MERGE_EVERY:
            return []
        released, self.ready, self.articles = self.ready, [], 0
        return released


def analyse(read: ray.data.Dataset, keep: np.ndarray, out: str, workers: int, model: Path | None, batch_size: int,
            report: RayReport, on_progress: Callable[[int], None] | None,
            on_batches: Callable[[list[str]], None] | None) -> None:
    """The kept articles analysed by the actor pool, a batch at a time; what each batch did added to the report,
    and written batches handed to `on_batches` in input order."""
    in_order = InOrder(keep)
    # a block per batch, so that the actors share the work evenly however the shards were cut; materialised
    # before the actors start, as they may hold every CPU and these tasks would wait for them forever
    todo = read.map_batches(wanted, batch_size=None, batch_format="pyarrow", fn_kwargs={"keep": keep}
                            ).repartition(-(-len(keep) // batch_size)).materialize()
    ray.data.DataContext.get_current().execution_options.preserve_order = False  # results as they come
    results = todo.map_batches(Analyser, fn_constructor_kwargs={"out": out, "model": str(model) if model else None},
                               batch_size=batch_size, batch_format="pyarrow", num_cpus=1,
                               compute=ray.data.ActorPoolStrategy(size=workers,
                                                                  max_tasks_in_flight_per_actor=IN_FLIGHT))
    for batch in results.iter_rows():
        report.stored += batch["documents"]
        report.rejected += [Rejection(*r.split("\t", 1)) for r in batch["rejections"]]
        report.actor_rss_mb[batch["pid"]] = batch["max_rss_mb"]
        report.actor_articles[batch["pid"]] = report.actor_articles.get(batch["pid"], 0) + batch["analysed"]
        report.actor_seconds += batch["seconds"]
        if on_progress is not None:
            on_progress(batch["analysed"])
        if on_batches is not None and (released := in_order.add(batch["first"], batch["analysed"], batch["batch"])):
            on_batches(released)


def ingest(inputs: list[str], out: Path | str, workers: int = 1, model: Path | None = None,
           address: str | None = None, batch_size: int = BATCH, columns: Columns | None = None,
           metadata: dict[str, dict] | None = None, shard_bytes: int = SHARD_BYTES,
           on_progress: Callable[[int], None] | None = None,
           on_batches: Callable[[list[str]], None] | None = None) -> RayReport:
    """Read the inputs' shards in Ray tasks, keep the first of each text and URL not written yet, analyse them in
    `workers` actors, write Parquet under `out`; `on_batches` gets the written batches in input order."""
    out = str(out)
    report = RayReport()
    clear_partial(out)
    shards, unreadable = plan(inputs, shard_bytes)
    started = start_ray(address, workers)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = on_progress is None  # the caller has its own bar
    ordered = context.execution_options.preserve_order
    context.execution_options.preserve_order = True  # blocks in input order, so that a batch is consecutive articles
    try:
        read = read_dataset(numbered(shards, newline_counts(shards)), columns or Columns(), metadata or {})
        keys = keys_of(read)
        report.rejected += unreadable + reading_rejections(keys)
        write_admission(out, report.rejected)
        keep = to_analyse(keys, out, report)
        if len(keep):
            analyse(read, keep, out, workers, model, batch_size, report, on_progress, on_batches)
    finally:
        context.execution_options.preserve_order = ordered
        if started:
            ray.shutdown()
    return report


def ingest_into(store: Store, inputs: list[str], out: Path | str, **options) -> RayReport:
    """`ingest` with the store merged meanwhile: the driver imports the written batches in input order while the
    actors analyse the next ones, then whatever is left (an earlier run's batches, the last ones)."""
    merged: set[str] = set()
    stored = 0

    def merge(batches: list[str]) -> None:
        nonlocal stored
        stored += import_batches(store, out, batches)
        merged.update(batches)

    report = ingest(inputs, out, on_batches=merge, **options)
    report.stored = stored + import_folder(store, out, merged)
    return report
