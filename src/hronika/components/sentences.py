"""Sentence boundaries of Latvian news text, set by rule before the parser, which then respects them."""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.lang.char_classes import ALPHA_UPPER
from spacy.tokens import Doc

from ..lang.lv import abbreviations, closing_quotes

TERMINALS = frozenset({".", "!", "?", "...", "…", "..", "?!", "!?", "!!", "!!!", "??", "?..", "!..", "?...", "!..."})
CLOSERS = closing_quotes() | frozenset({")", "]"})
# Terminal punctuation, closing quotes or brackets, white space (sometimes forgotten), then what may open a sentence.
BOUNDARY = re.compile(r"[.!?…][^\s\w]*\s*(?=[^\s\w]{0,2}\s*[\d%s])" % ALPHA_UPPER)
# A line break always ends a sentence: headlines and list items have no final period.
LINE_BREAK = re.compile(r"\n\s*(?=\S)")


def ends_sentence(doc: Doc, i: int) -> bool:
    """Whether the tokens before token i close a sentence (a terminal, not an abbreviation or ordinal)."""
    j = i - 1
    while j > 0 and (doc[j].is_space or doc[j].text in CLOSERS):
        j -= 1
    text = doc[j].text
    return text in TERMINALS or abbreviations().get(text, False)


class SentenceBoundaries:
    """Marks every token as sentence start or not, so that the parser cannot break sentences elsewhere."""

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        starts = numpy.full((len(doc), 1), -1, dtype="int64")
        starts[0, 0] = 1
        offsets = doc.to_array(IDX)
        for match in BOUNDARY.finditer(doc.text):
            i = int(numpy.searchsorted(offsets, match.end()))
            if 0 < i < len(doc) and offsets[i] == match.end() and ends_sentence(doc, i):
                starts[i, 0] = 1
        for match in LINE_BREAK.finditer(doc.text):
            i = int(numpy.searchsorted(offsets, match.end()))
            if 0 < i < len(doc):
                starts[i, 0] = 1
        doc.from_array([SENT_START], starts.view("uint64"))  # spaCy reads -1 ("not a start") from uint64
        return doc

    def to_disk(self, path, *, exclude=tuple()) -> None:
        """Nothing to save: the rules are the package's data files."""

    def from_disk(self, path, *, exclude=tuple()) -> "SentenceBoundaries":
        return self


@Language.factory("sentence_boundaries", assigns=["token.is_sent_start"])
def make_sentence_boundaries(nlp: Language, name: str) -> SentenceBoundaries:
    """Rule-based sentence boundaries, placed before the parser."""
    return SentenceBoundaries()
