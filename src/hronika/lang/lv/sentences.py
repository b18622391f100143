"""Where sentences of Latvian news text start: after terminal punctuation that no abbreviation or ordinal explains,
at line breaks, and at least every 300 tokens."""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IDX
from spacy.lang.char_classes import ALPHA_UPPER
from spacy.tokens import Doc

from . import abbreviations, closing_quotes

TERMINALS = frozenset({".", "!", "?", "...", "…", "..", "?!", "!?", "!!", "!!!", "??", "?..", "!..", "?...", "!..."})
CLOSERS = closing_quotes() | frozenset({")", "]"})
# Terminal punctuation, closing quotes or brackets, white space (sometimes forgotten), then what may open a sentence.
# Matched from the start of a run of punctuation and with possessive quantifiers: a run of n marks ("!!!…", "....")
# or of spaces is read once, not once from each of its characters (n²); the match ends where it always did.
BOUNDARY = re.compile(r"(?<![^\s\w])[^\s\w.!?…]*+[.!?…][^\s\w]*+\s*+(?=[^\s\w]{0,2}\s*[\d%s])" % ALPHA_UPPER)
# A line break always ends a sentence: headlines and list items have no final period. Matched from the start of
# the white space, for the same reason.
LINE_BREAK = re.compile(r"(?<!\s)[^\S\n]*+\n\s*+(?=\S)")
# No sentence is longer: the quote finder, coreference and the parse read a sentence whole, often once per word, so
# a text without sentence punctuation would cost the square of its length. The longest sentence in FullStack-LV
# (train and dev) has 210 tokens.
MAX_SENTENCE_TOKENS = 300


def ends_sentence(doc: Doc, i: int) -> bool:
    """Whether the tokens before token i close a sentence (a terminal, not an abbreviation or ordinal)."""
    j = i - 1
    while j > 0 and (doc[j].is_space or doc[j].text in CLOSERS):
        j -= 1
    text = doc[j].text
    return text in TERMINALS or abbreviations().get(text, False)


def tokens_at(offsets: numpy.ndarray, pattern: re.Pattern, text: str) -> list[int]:
    """Indices of the tokens (but the first) that start where a match of pattern ends; one search for all
    matches (numpy converts the whole array for each search of a Python int)."""
    ends = numpy.fromiter((m.end() for m in pattern.finditer(text)), dtype="int64")
    found = numpy.searchsorted(offsets, ends)
    inside = found < len(offsets)
    found, ends = found[inside], ends[inside]
    return [int(i) for i in found[(found > 0) & (offsets[found] == ends)]]


def cap_sentences(starts: numpy.ndarray, limit: int = MAX_SENTENCE_TOKENS) -> None:
    """Start a new sentence every `limit` tokens of a longer one (starts: 1 for a sentence start, else -1)."""
    bounds = numpy.append(numpy.flatnonzero(starts == 1), len(starts))
    for k in numpy.flatnonzero(numpy.diff(bounds) > limit):
        starts[bounds[k] + limit : bounds[k + 1] : limit] = 1


def sentence_starts(doc: Doc) -> numpy.ndarray:
    """One value per token: 1 where a sentence starts, -1 where none does (spaCy's SENT_START values)."""
    starts = numpy.full(len(doc), -1, dtype="int64")
    starts[0] = 1
    offsets, text = doc.to_array(IDX).astype("int64"), doc.text
    for i in tokens_at(offsets, BOUNDARY, text):
        if ends_sentence(doc, i):
            starts[i] = 1
    starts[tokens_at(offsets, LINE_BREAK, text)] = 1
    cap_sentences(starts)
    return starts
