"""Server time of the web pages on a store of 20,000 articles (issue 13): p50 and p95 per page over varied requests.

The store is made from the bundled samples and the FullStack-LV dev news texts: each distinct text is analysed once,
then stored again and again as copies with their own dates (2008–2024), outlets, titles and URLs; a copy's text
ends with its number on a line of its own, so the store's one-text-once rule keeps them all and every stored offset
still points at the same characters.

    python benchmarks/web/bench_pages.py [--db benchmarks/web/web20k.duckdb] [--articles 20000] [--requests 200]

The store is built once and reused (delete the file to rebuild it). Pages are requested in-process (Starlette's
TestClient: no network, so the time is the server's).
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
CORPUS = ROOT / ".." / "shared" / "data" / "fullstack-lv" / "dev"
OUTLETS = ("LETA", "LSM", "Delfi", "TVNET", "Diena", "Latvijas Avīze", "Ziemeļlatvija", "Kurzemnieks")
FIRST_DAY, DAYS = dt.date(2008, 1, 1), 17 * 365
WINDOW = 500  # copies per transaction
WORDS = ("degviel", "prezident", "valdīb", "budžet", "tiesa", "Latvij", "ministr", "Rīg", "cen", "skol")
SEED = 13


def distinct_texts() -> list[tuple[str, str]]:
    """(title, text) of the samples and the dev news documents."""
    from hronika.corpus.fullstack import news_documents

    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.txt"))]
    texts += [(doc_id, text) for doc_id, text in news_documents(CORPUS)]
    return texts


def build(db: Path, articles: int) -> None:
    """Analyse each distinct text once and store `articles` dated copies."""
    from hronika.analysis import analysis
    from hronika.pipeline import load
    from hronika.store import Article, Store

    rng = random.Random(SEED)
    texts = distinct_texts()
    nlp = load()
    started = time.perf_counter()
    analysed = [(title, text, analysis(doc)) for (title, text), doc in
                zip(texts, nlp.pipe(text for _, text in texts))]
    print(f"analysed {len(analysed)} distinct texts in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    started = time.perf_counter()
    with Store(db) as store:
        for first in range(0, articles, WINDOW):
            batch = []
            for n in range(first, min(first + WINDOW, articles)):
                title, text, result = analysed[n % len(analysed)]
                published = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
                article = Article(f"{text}\n\n{n}", "bench", f"https://example.lv/{n}", f"{title} #{n}",
                                  rng.choice(OUTLETS), published)
                batch.append((article, result))
            store.add(batch)
        store.reindex()
    print(f"stored {articles} articles in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def requests(store_path: Path, count: int) -> dict[str, list[str]]:
    """Varied URLs for each page: filters, pages, languages, ids."""
    from hronika.store import Store

    rng = random.Random(SEED)
    with Store(store_path, read_only=True) as store:
        documents = store.con.execute("SELECT max(id) FROM documents").fetchone()[0]
        speakers = [r[0] for r in store.con.execute(
            "SELECT speaker_name FROM quotes WHERE speaker_entity_id IS NOT NULL GROUP BY speaker_name "
            "ORDER BY count(*) DESC LIMIT 50").fetchall()]
        entities = [r[0] for r in store.con.execute(
            "SELECT entity_id FROM mentions GROUP BY entity_id ORDER BY count(*) DESC LIMIT 200").fetchall()]

    def search() -> str:
        choice = rng.randrange(5)
        if choice == 0:
            return f"/?q={rng.choice(WORDS)}&page={rng.randint(1, 5)}"
        if choice == 1:
            return f"/?speaker={rng.choice(speakers)}&lang={rng.choice(('lv', 'en'))}"
        if choice == 2:
            year = rng.randint(2008, 2024)
            return f"/?outlet={rng.choice(OUTLETS)}&since={year}-01-01&until={year}-12-31"
        if choice == 3:
            return f"/?kind={rng.choice(('direct', 'indirect', 'mixed'))}&min_confidence=0.5&page={rng.randint(1, 50)}"
        return f"/?page={rng.randint(1, 500)}"

    return {
        "/ (search and dashboard)": [search() for _ in range(count)],
        "/article/{id}": [f"/article/{rng.randint(1, documents)}" for _ in range(count)],
        "/entity/{id}": [f"/entity/{rng.choice(entities)}?by={rng.choice(('month', 'week'))}"
                         f"&page={rng.randint(1, 3)}" for _ in range(count)],
    }


def percentile(times: list[float], share: float) -> float:
    return statistics.quantiles(times, n=100, method="inclusive")[int(share * 100) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(__file__).with_name("web20k.duckdb"))
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--requests", type=int, default=200, help="Requests per page.")
    args = parser.parse_args()
    if not args.db.exists():
        build(args.db, args.articles)

    import spacy
    from fastapi.testclient import TestClient

    from hronika.api import create_app

    urls = requests(args.db, args.requests)
    # no analyses here: a blank pipeline spares loading the model into the analysis workers
    with TestClient(create_app(args.db, nlp=spacy.blank("lv"), allowed_hosts=["testserver"])) as client:
        for batch in urls.values():  # warm: DuckDB's first reads of each table
            client.get(batch[0])
        print(f"{platform.node()}, {platform.processor() or platform.machine()}, Python "
              f"{platform.python_version()}, {dt.date.today()}; {args.db.name}: {args.requests} requests per page")
        print("| page | p50 ms | p95 ms | max ms |\n| --- | ---: | ---: | ---: |")
        for name, batch in urls.items():
            times = []
            for url in batch:
                started = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    raise SystemExit(f"{url}: {response.status_code} {response.text[:300]}")
            print(f"| {name} | {percentile(times, 0.5):.0f} | {percentile(times, 0.95):.0f} | {max(times):.0f} |")


if __name__ == "__main__":
    main()
