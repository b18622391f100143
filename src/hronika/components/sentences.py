"""The `sentence_boundaries` component: sentence starts set by rule before the parser, which then respects them."""

from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..lang.lv.sentences import sentence_starts


class SentenceBoundaries:
    """Marks every token as sentence start or not, so that the parser cannot break sentences elsewhere."""

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            # spaCy reads -1 ("not a start") from uint64
            doc.from_array([SENT_START], sentence_starts(doc).reshape(-1, 1).view("uint64"))
        return doc

    def to_disk(self, path, *, exclude=tuple()) -> None:
        """Nothing to save: the rules are the package's data files."""

    def from_disk(self, path, *, exclude=tuple()) -> "SentenceBoundaries":
        return self


@Language.factory("sentence_boundaries", assigns=["token.is_sent_start"])
def make_sentence_boundaries(nlp: Language, name: str) -> SentenceBoundaries:
    """Rule-based sentence boundaries, placed before the parser."""
    return SentenceBoundaries()
