"""Build src/hronika/lang/lv/quote_confidence.tsv from the development set (FullStack-LV train texts): per
quotation pattern, how many quotations the shipped pipeline finds and how many are real speech; per speaker source,
how many real quotations and how many of them have the right speaker. The validation set (dev texts) is for
checking it, never read here. (Train FrameNet frames were tried as more speaker evidence: they judge a speaker by
its words, not its canonical name, and made the confidence too high — 0.9 and above right 89 % on validation.)

    python training/calibration/build_quote_confidence.py benchmarks/quotes/train.jsonl
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import hronika
from hronika.corpus.gold import read_quotes
from hronika.evaluation.speech import judge

OUTPUT = Path(__file__).resolve().parents[2] / "src/hronika/lang/lv/quote_confidence.tsv"
HEADER = """# Quotation confidence (quotes/confidence.py), counted on the development set (benchmarks/quotes/train.jsonl,
# FullStack-LV train texts, CC BY-SA 4.0):
#   pattern  <name>  <real>   <found>   quotations a pattern found on the development set, and those that were real
#   source   <name>  <right>  <judged>  real quotations of the development set whose speaker was found this way,
#                                       and those whose speaker was right
# Rebuild: python training/calibration/build_quote_confidence.py benchmarks/quotes/train.jsonl
"""


def main(development: Path) -> None:
    """Judge the quotations found on the development set; write the counts."""
    found, real, judged, right = Counter(), Counter(), Counter(), Counter()
    for _, quotes in judge(hronika.load(), read_quotes(development)):
        for j in quotes:
            found[j.pattern] += 1
            real[j.pattern] += j.matched
            if j.matched:
                judged[j.source] += 1
                right[j.source] += j.speaker_right
    rows = [f"pattern\t{p}\t{real[p]}\t{n}" for p, n in sorted(found.items())]
    rows += [f"source\t{s}\t{right[s]}\t{n}" for s, n in sorted(judged.items())]
    OUTPUT.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{sum(found.values())} quotations → {OUTPUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
