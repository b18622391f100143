"""Ingestion throughput with one and two workers, and the store's cost over bare analysis.

Usage: .venv/bin/python benchmarks/store/bench_ingest.py [REPEAT]   (dev news documents × REPEAT, default 3)
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import hronika
from hronika.analysis import analysis
from hronika.evaluation.speed import default_texts
from hronika.ingest.run import ingest
from hronika.ingest.sources import read_inputs
from hronika.store import Store

CHECKOUT = Path(__file__).resolve().parents[2]
CORPUS = CHECKOUT / ".." / "shared" / "data" / "fullstack-lv"


def timed(label: str, work) -> dict:
    """Seconds and articles/s of one run."""
    started = time.perf_counter()
    articles = work()
    seconds = time.perf_counter() - started
    return {"run": label, "articles": articles, "seconds": round(seconds, 2), "articles_per_second": round(articles / seconds, 1)}


def main() -> None:
    """Bare analysis (pipeline + analysis JSON), then ingestion into a fresh store with 1 and 2 workers."""
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    texts = default_texts(CORPUS, CHECKOUT / "samples")
    # distinct texts, so that no run skips a duplicate
    texts = [f"{text}\n\n({copy + 1}. kopija.)" for copy in range(repeat) for text in texts]
    folder = Path(tempfile.mkdtemp(prefix="hronika-bench-"))
    corpus = folder / "news.jsonl"
    corpus.write_text("\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in texts), encoding="utf-8")
    nlp = hronika.load()
    list(nlp.pipe(texts[:20]))  # warm up
    runs = [timed("bare analysis, 1 process", lambda: sum(1 for doc in nlp.pipe(texts) if analysis(doc)))]
    for workers in (1, 2):
        db = folder / f"w{workers}.duckdb"

        def run(db=db, workers=workers) -> int:
            with Store(db) as store:
                return ingest(read_inputs([str(corpus)]), store, nlp, workers=workers).stored

        runs.append(timed(f"ingest, {workers} worker{'s' if workers > 1 else ''}", run))
    bare, one, two = (r["seconds"] for r in runs)
    print(json.dumps({"runs": runs, "store_overhead_percent": round(100 * (one - bare) / bare, 1),
                      "two_workers_speedup": round(one / two, 2)}, indent=1))


if __name__ == "__main__":
    main()
