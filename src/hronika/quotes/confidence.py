"""How far a quotation can be trusted: how often its pattern found real speech, and its kind of speaker was right."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lang.lv import data_lines
from .patterns import PATTERNS, Quote

CALIBRATION_FILE = "quote_confidence.tsv"
PRIOR = {p.name: p.confidence for p in PATTERNS}  # each pattern's guess before any count
PRIOR_WEIGHT = 4  # a pattern seen n times moves from its guess towards its record by n / (n + 4)
SPEAKER_SOURCES = ("full_name", "name", "pronoun", "noun", "phrase", "inherited", "none")


def speaker_source(quote: Quote) -> str:
    """How a quotation's speaker was found: named in its sentence (in full, or by one word), a pronoun or a noun
    (title, organisation noun) resolved to a named entity, an unnamed phrase, another report's speaker, or none."""
    if quote.speaker is None:
        return "none"
    if quote.inherited:
        return "inherited"
    if quote.entity is None:
        return "phrase"
    if quote.entity.start == quote.speaker.start and quote.entity.end == quote.speaker.end:
        return "full_name" if len(quote.entity) > 1 else "name"
    return "pronoun" if quote.speaker.root.pos_ == "PRON" else "noun"


@dataclass(frozen=True)
class Calibration:
    """Two records, kept apart because either alone is too thin to split by the other: per pattern, quotations
    found and those that were real speech (the development set); per speaker source, real quotations and those
    whose speaker was right (both on the development set)."""

    patterns: dict[str, tuple[int, int]]  # pattern → (real, found)
    sources: dict[str, tuple[int, int]]  # speaker source → (right, judged)

    def confidence(self, pattern: str, source: str) -> float:
        """P(real speech) × P(speaker right | real), each smoothed: a pattern towards its prior guess, a source
        by adding one right and one wrong."""
        real, found = self.patterns.get(pattern, (0, 0))
        right, judged = self.sources.get(source, (0, 0))
        return round((real + PRIOR_WEIGHT * PRIOR[pattern]) / (found + PRIOR_WEIGHT) * (right + 1) / (judged + 2), 2)


@lru_cache(maxsize=1)
def calibration() -> Calibration:
    """The shipped calibration (lang/lv/quote_confidence.tsv; rebuilt by training/calibration/)."""
    records: dict[str, dict[str, tuple[int, int]]] = {"pattern": {}, "source": {}}
    for kind, name, hits, total in data_lines(CALIBRATION_FILE):
        records[kind][name] = (int(hits), int(total))
    return Calibration(records["pattern"], records["source"])
