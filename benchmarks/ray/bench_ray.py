"""Ingestion on the embedded path and on Ray: articles/s, Ray's start, each actor's peak memory and share.

Usage: .venv/bin/python benchmarks/ray/bench_ray.py ENGINE WORKERS [COPIES] [BATCH]
  ENGINE embedded or ray; the 166 dev news texts × COPIES (default 6; copies made distinct by a last line) as text
  files under /tmp/hronika-bench-ray/, into a fresh store (and a fresh Parquet folder for ray). One JSON line out;
  `total_s` is end to end: the pipeline's load (embedded) or Ray's start, the actors' loads and the merge into the
  store, during the run and after it (ray, as `hronika ingest --engine ray` does: `ray_engine.ingest_into`).
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

from hronika.corpus.fullstack import news_documents
from hronika.store import Store

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / ".." / "shared" / "data" / "fullstack-lv" / "dev"
WORK = Path("/tmp/hronika-bench-ray")


def texts(copies: int) -> Path:
    """A folder of the dev news texts × copies, written once."""
    folder = WORK / f"dev{copies}"
    if not folder.is_dir():
        folder.mkdir(parents=True)
        for doc_id, text in news_documents(DEV):
            for k in range(copies):
                suffix = "" if k == 0 else f"\n\nKopija {k}."
                (folder / f"{doc_id}-{k}.txt").write_text(text + suffix, encoding="utf-8")
    return folder


def main(engine: str, workers: int, copies: int = 6, batch: int = 16) -> dict:
    folder = texts(copies)
    db, out = WORK / f"{engine}{workers}.duckdb", WORK / f"{engine}{workers}.parquet"
    db.unlink(missing_ok=True)
    shutil.rmtree(out, ignore_errors=True)
    if engine == "embedded":
        from hronika.ingest.run import ingest
        from hronika.ingest.sources import read_inputs
        from hronika.pipeline import load

        began = time.perf_counter()
        nlp = load()
        loaded = time.perf_counter()
        with Store(db) as store:
            report = ingest(read_inputs([str(folder)]), store, nlp, workers=workers)
        done = time.perf_counter()
        return {"engine": engine, "workers": workers, "articles": report.stored, "load_s": loaded - began,
                "ingest_s": done - loaded, "total_s": done - began, "articles_per_s": report.stored / (done - began)}
    import ray

    from hronika.ingest import ray_engine

    began = time.perf_counter()
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    started = time.perf_counter()
    with Store(db) as store:
        report = ray_engine.ingest_into(store, [str(folder)], out, workers=workers, batch_size=batch,
                                        on_progress=lambda n: None)
    merged = time.perf_counter()
    ray.shutdown()
    added = report.stored
    return {"engine": engine, "workers": workers, "articles": added, "ray_init_s": started - began,
            "ray_run_s": merged - started, "total_s": merged - began,
            "articles_per_s": added / (merged - began), "per_actor_busy_rate": added / report.actor_seconds,
            "actor_peak_rss_mb": sorted(report.actor_rss_mb.values()),
            "actor_articles": sorted(report.actor_articles.values())}


if __name__ == "__main__":
    args = sys.argv[1:]
    print(json.dumps(main(args[0], int(args[1]), *(int(a) for a in args[2:]))))
