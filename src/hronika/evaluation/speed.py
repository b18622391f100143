"""Measure the full pipeline's speed (words/s, articles/s) on one core and on all, and its peak memory."""

from __future__ import annotations

import os
import resource
import time
from pathlib import Path

from ..corpus.fullstack import news_documents
from ..ingest import read_text_file
from ..pipeline import MODEL_DIR, load


def benchmark_texts(inputs: list[Path]) -> list[str]:
    """Texts of the given files, and of the *.txt files in the given folders."""
    paths = [p for i in inputs for p in (sorted(i.glob("*.txt")) if i.is_dir() else [i])]
    return [read_text_file(p).text for p in paths]


def default_texts(corpus: Path, samples: Path) -> list[str]:
    """Dev news documents when the corpus is present, else the sample texts."""
    dev = corpus / "dev"
    if (dev / "UD").is_dir():
        return [text for _, text in news_documents(dev)]
    return benchmark_texts([samples])


def _folder_mb(path: Path) -> float:
    """Size of a folder on disk, in MB."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def _timed_run(nlp, texts: list[str], n_process: int, name: str) -> dict:
    """One pass of the pipeline over texts."""
    started = time.perf_counter()
    words = sum(sum(1 for t in doc if not t.is_space) for doc in nlp.pipe(texts, n_process=n_process))
    seconds = time.perf_counter() - started
    return {
        "name": name,
        "processes": n_process,
        "articles": len(texts),
        "words": words,
        "seconds": round(seconds, 3),
        "words_per_second": round(words / seconds, 1),
        "articles_per_second": round(len(texts) / seconds, 2),
    }


def _one_core_run(nlp, texts: list[str]) -> dict:
    """A single-process run pinned to one core, so that no library threads borrow a second one."""
    cores = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(cores)})
    try:
        return _timed_run(nlp, texts, 1, "one process, one core")
    finally:
        os.sched_setaffinity(0, cores)


def run_benchmark(model: Path | None, texts: list[str], n_process: int = 0) -> dict:
    """Warm up, then time one process on one core and one process per core; report peak resident memory."""
    nlp = load(model)
    list(nlp.pipe(texts[:5]))
    cores = n_process or len(os.sched_getaffinity(0))
    runs = [_one_core_run(nlp, texts)]
    if cores > 1:
        runs.append(_timed_run(nlp, texts, cores, f"{cores} processes"))
    peak_kb = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return {"runs": runs, "peak_rss_mb": round(peak_kb / 1024, 1), "model_mb": round(_folder_mb(Path(model or MODEL_DIR)), 1)}
