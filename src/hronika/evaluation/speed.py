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


def _pinned(measure):
    """A measurement run pinned to one core, so that no library threads borrow a second one."""
    cores = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(cores)})
    try:
        return measure()
    finally:
        os.sched_setaffinity(0, cores)


def _one_core_run(nlp, texts: list[str]) -> dict:
    """A single-process run on one core."""
    return _pinned(lambda: _timed_run(nlp, texts, 1, "one process, one core"))


def component_times(nlp, texts: list[str], batch_size: int = 64) -> dict[str, dict]:
    """Where one core's time goes: each component over a batch of texts in turn (as `nlp.pipe` batches them), its
    seconds summed over the batches, its share of the whole and the words per second it alone would run at. A
    batch at a time, so that memory stays what the pipeline's own is."""
    seconds = {"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
    words = 0
    for start in range(0, len(texts), batch_size):
        began = time.perf_counter()
        docs = [nlp.make_doc(text) for text in texts[start : start + batch_size]]
        seconds["tokenizer"] += time.perf_counter() - began
        for name, component in nlp.pipeline:
            began = time.perf_counter()
            docs = list(component.pipe(docs)) if hasattr(component, "pipe") else [component(doc) for doc in docs]
            seconds[name] += time.perf_counter() - began
        words += sum(sum(1 for t in doc if not t.is_space) for doc in docs)
    total = sum(seconds.values())
    return {name: {"seconds": round(s, 3), "share": round(s / total, 3), "words_per_second": round(words / s, 1) if s else None}
            for name, s in seconds.items()}


def run_benchmark(model: Path | None, texts: list[str], n_process: int = 0) -> dict:
    """Warm up, then time one process on one core, each component on one core, and one process per core; report
    peak resident memory."""
    nlp = load(model)
    list(nlp.pipe(texts[:5]))
    cores = n_process or len(os.sched_getaffinity(0))
    runs = [_one_core_run(nlp, texts)]
    if cores > 1:
        runs.append(_timed_run(nlp, texts, cores, f"{cores} processes"))
    peak_kb = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    components = _pinned(lambda: component_times(nlp, texts))  # last: its batches are not the pipeline's peak
    return {"runs": runs, "components": components, "peak_rss_mb": round(peak_kb / 1024, 1),
            "model_mb": round(_folder_mb(Path(model or MODEL_DIR)), 1)}
