"""Read every annotated set in benchmarks/ through hronika's loader: print its counts, or each broken line.

Usage:  python benchmarks/validate.py     (exit status 1 if any line is refused)
"""

from __future__ import annotations

import sys
from pathlib import Path

from hronika.corpus.gold import GoldError, read_names, read_quotes, read_timexes

HERE = Path(__file__).parent


def quotations(texts: list) -> str:
    """How many texts and quotations a quotation set holds."""
    return f"{len(texts)} texts, {sum(len(t.quotes) for t in texts)} quotations"


SETS = (
    (HERE / "quotes" / "gold.jsonl", read_quotes, quotations),
    (HERE / "quotes" / "train.jsonl", read_quotes, quotations),
    (HERE / "names" / "gold.jsonl", read_names, lambda forms: f"{len(forms)} name forms"),
    (HERE / "timex" / "gold.jsonl", read_timexes,
     lambda items: f"{len(items)} sentences, {sum(len(i.timexes) for i in items)} time expressions"),
)


def main() -> int:
    refused = False
    for path, read, describe in SETS:
        try:
            print(f"{path}: {describe(read(path))}")
        except GoldError as error:
            print(error, file=sys.stderr)
            refused = True
    return int(refused)


if __name__ == "__main__":
    sys.exit(main())
