"""Ingestion on Ray Data: admitted articles analysed by an actor pool, each batch written as Parquet tables."""

from __future__ import annotations

import hashlib
import os
import resource
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from ..schema import Analysis
from ..store import Article
from ..store.parquet import (DOCUMENTS, TABLES, arrow_table, article_rows, empty_rows, rejection_row,
                             written_keys)
from .run import Report, admitted, analysed_window
from .sources import Rejection

BATCH = 16  # articles per actor call and per Parquet file: a kill loses at most one batch per actor
ARTICLE_FIELDS = ("text", "source", "url", "title", "outlet", "published")
ADMISSION = "admission"  # the batch-name prefix of the rejections met while reading and admitting
TMP = ".tmp"  # a file being written; renamed when complete
RAY_LOG_LEVEL = "WARNING"  # Ray's INFO lines would bury the progress bar


@dataclass
class RayReport(Report):
    """What a Ray run did, and each actor's peak memory (MB, by process id)."""

    actor_rss_mb: dict[int, int] = field(default_factory=dict)
    actor_seconds: float = 0.0  # time the actors spent analysing and writing, summed


def filesystem(out: str) -> tuple[pafs.FileSystem, str]:
    """The filesystem and root path of an output folder: a local path, or a URI (s3://, gs://, hdfs://)."""
    if "://" in out:
        return pafs.FileSystem.from_uri(out)
    return pafs.LocalFileSystem(), str(Path(out).resolve())


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


def record(ordinal: int, article: Article) -> dict:
    """An article as a row of the Ray dataset."""
    return {"ordinal": ordinal, **{name: getattr(article, name) for name in ARTICLE_FIELDS}}


def article_of(row: dict) -> Article:
    """A row of the Ray dataset back to its article."""
    return Article(**{name: row[name] for name in ARTICLE_FIELDS})


class Analyser:
    """An actor of the pool: loads the pipeline once, then analyses batches and writes each one's tables."""

    def __init__(self, out: str, model: str | None = None):
        from ..pipeline import load

        self.out, self.nlp = out, load(model)

    def __call__(self, batch: pa.Table) -> dict[str, list]:
        began = time.perf_counter()
        rows_in = batch.to_pylist()
        name = f"batch-{rows_in[0]['ordinal']:09d}"
        rows = empty_rows()
        window = analysed_window(self.nlp, [article_of(r) for r in rows_in])
        for row, (article, result) in zip(rows_in, window):
            if isinstance(result, Analysis):
                article_rows(rows, name, row["ordinal"], article, result)
            else:  # a document that failed is a rejection with its reason, not a failed job
                rejection_row(rows, name, article.hash, article.source, result)
        write_batch(self.out, name, rows)
        return {"batch": [name], "documents": [len(rows["documents"])], "rejected": [len(rows["rejections"])],
                "seconds": [time.perf_counter() - began], "pid": [os.getpid()], "max_rss_mb": [resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024]}


def pending(items: Iterable[Article | Rejection], out: str, report: RayReport) -> tuple[list[dict], list[Rejection]]:
    """The admitted articles not written yet, numbered in input order (the same numbers on every run), and the
    rejections met while reading and admitting."""
    rejections: list[Rejection] = []
    hashes, urls = written_keys(out)
    records = []
    for ordinal, article in enumerate(admitted(items, report, rejections)):
        if article.hash in hashes or (article.url and article.url in urls):
            report.skipped += 1
            continue
        records.append(record(ordinal, article))
    return records, rejections


def write_admission(out: str, rejections: list[Rejection]) -> None:
    """The rejections of reading and admission as a batch named by its content: a re-run rewrites the same file."""
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
    import ray

    if ray.is_initialized():
        return False
    if address:
        ray.init(address=address, include_dashboard=False, log_to_driver=False, logging_level=RAY_LOG_LEVEL)
    else:
        ray.init(num_cpus=max(workers, os.cpu_count() or 1), include_dashboard=False, log_to_driver=False,
                 logging_level=RAY_LOG_LEVEL)
    return True


def ingest(items: Iterable[Article | Rejection], out: Path | str, workers: int = 1, model: Path | None = None,
           address: str | None = None, batch_size: int = BATCH,
           on_progress: Callable[[int], None] | None = None) -> RayReport:
    """Admit every input, analyse what is not written yet in `workers` actors, write Parquet under `out`."""
    import ray

    out = str(out)
    report = RayReport()
    clear_partial(out)
    records, rejections = pending(items, out, report)
    write_admission(out, rejections)
    report.rejected += rejections
    if not records:  # everything written already: no Ray to start
        return report
    started = start_ray(address, workers)
    if on_progress is not None:  # the caller shows progress: Ray Data's own bars would interleave with it
        ray.data.DataContext.get_current().enable_progress_bars = False
    try:
        blocks = max(workers, -(-len(records) // batch_size))  # at least one block per actor
        dataset = ray.data.from_items(records, override_num_blocks=min(blocks, len(records)))
        results = dataset.map_batches(Analyser, fn_constructor_kwargs={"out": out, "model": str(model) if model
                                                                       else None},
                                      batch_size=batch_size, batch_format="pyarrow",
                                      compute=ray.data.ActorPoolStrategy(size=workers), num_cpus=1)
        for batch in results.iter_rows():
            report.stored += batch["documents"]
            report.actor_rss_mb[batch["pid"]] = batch["max_rss_mb"]
            report.actor_seconds += batch["seconds"]
            if on_progress is not None:
                on_progress(batch["documents"] + batch["rejected"])
    finally:
        if started:
            ray.shutdown()
    return report
