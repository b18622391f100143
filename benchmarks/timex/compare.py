"""Value accuracy of hronika and of dateparser (a peer) on the hand-annotated time expressions."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import hronika
from hronika.corpus.gold import TimexItem, read_timexes
from hronika.evaluation.timex import hronika_timexes, score_timexes

GOLD = Path(__file__).with_name("gold.jsonl")
# dateparser returns a datetime: write it at the granularity of the gold value it is compared with
GRANULARITY = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d", 16: "%Y-%m-%dT%H:%M"}


def dateparser_timexes(items: list[TimexItem]) -> list[list[tuple[int, int, str, str]]]:
    """dateparser's search_dates in Latvian, anchored on each item's publication date, as (start, end, type, value)."""
    from dateparser.search import search_dates

    found = []
    for item in items:
        base = dt.datetime.combine(item.published, dt.time())
        results = search_dates(item.text, languages=["lv"], settings={"RELATIVE_BASE": base}) or []
        spans, at = [], 0
        for text, when in results:
            start = item.text.find(text, at)
            if start < 0:
                continue
            at = start + len(text)
            spans.append((start, at, "DATE", when))
        found.append(spans)
    return found


def at_granularity(items: list[TimexItem], predictions: list) -> list:
    """dateparser's datetimes written at the granularity of the overlapping gold value (weeks, seasons, durations,
    sets and references cannot be expressed: they stay datetimes and never match)."""
    result = []
    for item, spans in zip(items, predictions):
        written = []
        for start, end, kind, when in spans:
            gold = next((g for g in item.timexes if g.start < end and start < g.end), None)
            pattern = GRANULARITY.get(len(gold.value)) if gold else None
            written.append((start, end, kind, when.strftime(pattern) if pattern and gold.value[:1].isdigit()
                            else when.isoformat()))
        result.append(written)
    return result


def main() -> None:
    """Print both scores as JSON."""
    items = read_timexes(GOLD)
    ours = score_timexes(items, hronika_timexes(hronika.load())(items))
    peer = score_timexes(items, at_granularity(items, dateparser_timexes(items)))
    import dateparser

    json.dump({"hronika": ours, f"dateparser {dateparser.__version__}": peer}, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
