"""The `timex` component: time expressions put on the Doc as anchor-free references (`Doc._.timexes`)."""

from __future__ import annotations

from dataclasses import asdict

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..timex.finder import find_timexes
from ..timex.values import TimeRef


class TimexFinder:
    """Puts the article's time expressions on the Doc as anchor-free references; values come from `timex_value`
    with the publication date, so one analysis serves any date."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.timex_data = [[start, end, kind, asdict(ref)] for start, end, kind, ref in find_timexes(doc)]
        return doc

    def to_disk(self, path, *, exclude=tuple()) -> None:
        """Nothing to save: the word lists ship with the package."""

    def from_disk(self, path, *, exclude=tuple()) -> "TimexFinder":
        return self


def get_timexes(doc: Doc) -> list[tuple[Span, str, TimeRef]]:
    """`Doc._.timexes`: (span, TIMEX3 type, reference) of each time expression."""
    return [(doc[start:end], kind, TimeRef(**ref)) for start, end, kind, ref in doc._.timex_data or []]


if not Doc.has_extension("timex_data"):
    Doc.set_extension("timex_data", default=None)
    Doc.set_extension("timexes", getter=get_timexes)


@Language.factory("timex", requires=["token.morph", "token.dep", "token.head"], assigns=["doc._.timex_data"])
def make_timex_finder(nlp: Language, name: str) -> TimexFinder:
    """After the parser: tense comes from the verb that governs each expression."""
    return TimexFinder()
