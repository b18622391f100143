"""Score time expressions against a hand-annotated list: spans found, and TIMEX3 values right."""

from __future__ import annotations

from typing import Callable, Iterable

from spacy.language import Language

from .core import PRF, share
from ..corpus.gold import TimexItem
from ..timex.values import timex_value

Prediction = tuple[int, int, str, str]  # start and end characters, TIMEX3 type, value


def hronika_timexes(nlp: Language) -> Callable[[list[TimexItem]], Iterable[list[Prediction]]]:
    """A predictor: hronika's time expressions with values anchored on each item's publication date."""

    def predict(items: list[TimexItem]) -> Iterable[list[Prediction]]:
        for item, doc in zip(items, nlp.pipe(i.text for i in items)):
            yield [(s.start_char, s.end_char, kind, timex_value(ref, item.published)) for s, kind, ref in doc._.timexes]

    return predict


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two character ranges share a character."""
    return a[0] < b[1] and b[0] < a[1]


def score_timexes(items: list[TimexItem], predictions: Iterable[list[Prediction]]) -> dict:
    """Extraction P/R/F1 (strict: same span; lenient: overlapping), type and value accuracy over all gold timexes."""
    strict, lenient, typed, valued, total = PRF(), PRF(), 0, 0, 0
    for item, predicted in zip(items, predictions):
        gold = [(t.start, t.end, t.type, t.value) for t in item.timexes]
        strict.add({p[:2] for p in predicted}, {g[:2] for g in gold})
        lenient.pred += len(predicted)
        lenient.gold += len(gold)
        for g in gold:
            match = next((p for p in predicted if overlaps(p[:2], g[:2])), None)
            total += 1
            if match is not None:
                lenient.tp += 1
                typed += match[2] == g[2]
                valued += match[3] == g[3]
    return {"items": len(items), "timexes": total, "strict": strict.scores(), "lenient": lenient.scores(),
            "type_accuracy": share(typed, total), "accuracy": share(valued, total)}
