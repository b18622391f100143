"""The analysis JSON of every text hronika has at hand, one line each: run it on two checkouts and `cmp` the files
to show that a change moved nothing.

Usage: .venv/bin/python benchmarks/identity/dump.py OUT.jsonl [CORPUS]
(CORPUS: FullStack-LV, default ../shared/data/fullstack-lv; its dev news documents are included when present)
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import hronika
from hronika.analysis import analysis
from hronika.corpus.fullstack import news_documents
from hronika.corpus.gold import read_names, read_quotes, read_timexes

CHECKOUT = Path(__file__).resolve().parents[2]
DATES = (None, dt.date(2024, 9, 12))  # without a publication date, and with one


def texts(corpus: Path) -> list[str]:
    """Dev news documents, the annotated sets' texts, the samples."""
    found = [text for _, text in news_documents(corpus / "dev")] if (corpus / "dev" / "UD").is_dir() else []
    found += [t.text for t in read_quotes(CHECKOUT / "benchmarks" / "quotes" / "gold.jsonl")]
    found += [t.text for t in read_timexes(CHECKOUT / "benchmarks" / "timex" / "gold.jsonl")]
    found += [t.text for t in read_names(CHECKOUT / "benchmarks" / "names" / "gold.jsonl")]
    found += [p.read_text(encoding="utf-8") for p in sorted((CHECKOUT / "samples").glob("*.txt"))]
    return found


def main() -> None:
    out = Path(sys.argv[1])
    corpus = Path(sys.argv[2]) if len(sys.argv) > 2 else CHECKOUT / ".." / "shared" / "data" / "fullstack-lv"
    all_texts = texts(corpus)
    with out.open("w", encoding="utf-8") as lines:
        for doc in hronika.load().pipe(all_texts):
            for published in DATES:
                lines.write(json.dumps(analysis(doc, published).to_json(), ensure_ascii=False) + "\n")
    print(f"{len(all_texts)} texts × {len(DATES)} dates → {out}")


if __name__ == "__main__":
    main()
