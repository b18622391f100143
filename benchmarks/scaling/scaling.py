"""Scaling check: analyse 1×, 2×, 4× and 8× an input of each kind; time may grow at most 2.5× per doubling."""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
DEV = ROOT / ".." / "shared" / "data" / "fullstack-lv" / "dev"
PUBLISHED = "2024-09-12"
FACTORS = (1, 2, 4, 8)
MAX_RATIO = 2.5  # per doubling: linear is 2, and a run this short is noisy
# Base sizes in characters: about half a second of analysis at 1× on one thread (2–3k tokens); nospace is cheap
# per character (few tokens), and its 8× is 960,000 characters, past the 200,000 an article may have: the check
# lifts that limit to measure the stages themselves.
BASE_CHARS = {"news": 12_000, "oneline": 12_000, "nopunct": 12_000, "quotes": 4_000, "marks": 3_000,
              "nospace": 120_000}
KINDS = tuple(BASE_CHARS)
DESCRIPTIONS = {
    "news": "news articles joined into one (paragraphs, sentences)",
    "oneline": "the same news on one line: no line break at all",
    "nopunct": "the news words without punctuation: no sentence ends",
    "quotes": "quotation marks „ “ \" « » between words, paired, unpaired and in short runs",
    "marks": "one run of quotation marks with no space: every mark a token",
    "nospace": "letters, digits and marks with no white space",
}
QUOTE_PIECES = ("„a“ ", '"b" ', "«c» ", "„", "“", '"', "«", "»", '"""', "„„„", "teica ", "Bērziņš ", ", ", ". ")
NOSPACE_CHARS = "abcdefghijklmnoprstuvzāčēģīķļņšūžABCDĒRS0123456789" + '.,"„“-'
MARKS = '"„“”«»'
PUNCTUATION = re.compile(r"[^\w\s]+")
# Time is the CPU time of the analysing process on one thread, the least of ROUNDS runs taken in turn over the
# sizes (1×, 2×, 4×, 8×, then again): other work on the machine slows every size alike, not one of them.
ROUNDS = 3
JOINERS = {"news": "\n\n", "oneline": " ", "nopunct": " ", "quotes": " ", "marks": "", "nospace": ""}
ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def news_texts() -> list[str]:
    """Dev news documents of FullStack-LV when the corpus is present, else the bundled samples."""
    if (DEV / "UD").is_dir():
        from hronika.corpus.fullstack import news_documents

        return [text for _, text in news_documents(DEV)]
    return [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]


def repeated(texts: list[str], joiner: str, chars: int) -> str:
    """Texts joined, over and over, up to `chars` characters, cut at a space."""
    unit = joiner.join(texts)
    text = (unit + joiner) * (chars // (len(unit) + len(joiner)) + 1)
    cut = text.rfind(" ", 0, chars)
    return text[: cut if cut > 0 else chars]


def seeded(pieces: str | tuple[str, ...], chars: int) -> str:
    """Pieces drawn with a fixed seed up to `chars` characters: a larger size begins with the smaller one."""
    rng, out, size = random.Random(12), [], 0
    while size < chars:
        piece = rng.choice(pieces)
        out.append(piece)
        size += len(piece)
    return "".join(out)[:chars]


def make_text(kind: str, chars: int) -> str:
    """An input of one kind and length: the unit that `make_input` repeats."""
    if kind == "news":
        return repeated(news_texts(), "\n\n", chars)
    if kind == "oneline":
        return repeated([" ".join(t.split()) for t in news_texts()], " ", chars)
    if kind == "nopunct":
        return repeated([" ".join(PUNCTUATION.sub(" ", t).split()) for t in news_texts()], " ", chars)
    if kind == "quotes":
        return seeded(QUOTE_PIECES, chars)
    if kind == "marks":
        return seeded(MARKS, chars)
    if kind == "nospace":
        return seeded(NOSPACE_CHARS, chars)
    raise ValueError(f"unknown kind {kind!r}")


def make_input(kind: str, chars: int, factor: int) -> str:
    """`factor` copies of one input of `chars` characters, joined as its kind allows (a blank line between news,
    a space on one line, nothing without spaces): twice the input is twice the same work, not other articles."""
    return JOINERS[kind].join([make_text(kind, chars)] * factor)


def measure(kind: str, chars: int, factors: list[int]) -> list[dict]:
    """Analyse inputs of one kind, rising factors of a base size, in this process after a warm-up: CPU and wall
    seconds (least of ROUNDS), tokens, peak resident memory (the high-water mark after the first run of each size: a
    larger input needs more) and its rise over the loaded pipeline's."""
    from hronika.analysis import analysis
    from hronika.pipeline import load

    nlp = load()
    analysis(nlp(make_text("news", 3_000)), PUBLISHED)  # loads the lazy word lists and dictionaries
    texts = [make_input(kind, chars, factor) for factor in factors]
    nlp.max_length = max(nlp.max_length, *map(len, texts))  # the stages themselves, past the article limit
    loaded_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rows = [{"kind": kind, "chars": len(text), "cpu": [], "wall": []} for text in texts]
    for _ in range(ROUNDS):
        for text, row in zip(texts, rows):
            started, started_cpu = time.perf_counter(), time.process_time()
            doc = nlp(text)
            analysis(doc, PUBLISHED)
            row["cpu"].append(time.process_time() - started_cpu)
            row["wall"].append(time.perf_counter() - started)
            row["tokens"] = len(doc)
            row.setdefault("peak_kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
            del doc
    return [{"kind": kind, "chars": r["chars"], "tokens": r["tokens"], "seconds": round(min(r["cpu"]), 3),
             "wall_seconds": round(min(r["wall"]), 3), "peak_mb": round(r["peak_kb"] / 1024),
             "added_mb": round((r["peak_kb"] - loaded_kb) / 1024)} for r in rows]


def measure_in_subprocess(kind: str, chars: int) -> list[dict]:
    """The measurements of one kind in a fresh interpreter on one thread, so that its memory is its own."""
    command = [sys.executable, str(Path(__file__).resolve()), "--one", kind, str(chars)]
    done = subprocess.run(command, capture_output=True, text=True, check=True, env={**os.environ, **ONE_THREAD})
    return json.loads(done.stdout)


def check(kinds: tuple[str, ...], scale: float = 1.0) -> list[dict]:
    """Every kind at 1×, 2×, 4×, 8× its base size, with the time ratio to the size before and a verdict."""
    rows = []
    for kind in kinds:
        measured = measure_in_subprocess(kind, int(BASE_CHARS[kind] * scale))
        for factor, row, previous in zip(FACTORS, measured, [None, *measured]):
            row = {"factor": factor, **row}
            if previous is not None:
                row["ratio"] = round(row["seconds"] / max(previous["seconds"], 1e-3), 2)
                row["pass"] = row["ratio"] <= MAX_RATIO
            rows.append(row)
        print(f"  {kind}: " + ", ".join(f"{r['seconds']} s" for r in measured), file=sys.stderr, flush=True)
    return rows


def table(rows: list[dict]) -> str:
    """The rows as a Markdown table."""
    lines = ["| input | × | characters | tokens | CPU s | ratio | wall s | peak MB | added MB | ≤ 2.5× |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    for r in rows:
        verdict = "" if "pass" not in r else ("PASS" if r["pass"] else "FAIL")
        lines.append(f"| {r['kind']} | {r['factor']} | {r['chars']:,} | {r['tokens']:,} | {r['seconds']:.2f} | "
                     f"{r.get('ratio', '')} | {r['wall_seconds']:.2f} | {r['peak_mb']} | {r['added_mb']} | {verdict} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--kinds", default=",".join(KINDS), help=f"comma-separated, of {', '.join(KINDS)}")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every base size (0.25 for a quick look)")
    parser.add_argument("--one", nargs=2, metavar=("KIND", "CHARS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one[0], int(args.one[1]), list(FACTORS))))
        return 0
    kinds = tuple(k for k in args.kinds.split(",") if k)
    rows = check(kinds, args.scale)
    ok = all(r.get("pass", True) for r in rows)
    if args.json:
        print(json.dumps({"max_ratio": MAX_RATIO, "pass": ok, "rows": rows}, ensure_ascii=False, indent=1))
    else:
        print("\n".join(f"- {k}: {DESCRIPTIONS[k]}" for k in kinds) + "\n\n" + table(rows))
        print(f"\n{'PASS' if ok else 'FAIL'}: time per doubling of the input at most {MAX_RATIO}×")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
